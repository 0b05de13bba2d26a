"""Configuration of the REST API and web page (no global state: one object per app)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Settings:
    """What ``create_app`` needs. ``from_env`` reads ``MARSAD_*`` variables."""

    db: str = "marsad.db"
    read_token: str | None = None  # None: reads are open
    write_token: str | None = None  # None: POST /ingest is disabled
    max_body_bytes: int = 2 * 1024 * 1024
    max_page_size: int = 200
    default_page_size: int = 20
    allow_private_urls: bool = False
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_max_redirects: int = 3

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``MARSAD_DB``, ``MARSAD_READ_TOKEN``, ``MARSAD_WRITE_TOKEN``,
        ``MARSAD_MAX_BODY_BYTES``, ``MARSAD_MAX_PAGE_SIZE``, ``MARSAD_ALLOW_PRIVATE_URLS`` …,
        then ``overrides`` (``None`` overrides are ignored)."""
        env = dict(os.environ) if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get("MARSAD_" + f.name.upper())
            if raw is None or raw == "":
                continue
            if f.type in ("int",):
                values[f.name] = int(raw)
            elif f.type in ("float",):
                values[f.name] = float(raw)
            elif f.type in ("bool",):
                values[f.name] = raw.strip().lower() in ("1", "true", "yes", "on")
            else:
                values[f.name] = raw
        base = cls(**values)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})
