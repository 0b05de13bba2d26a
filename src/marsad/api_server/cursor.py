"""Opaque cursors: base64url of a small JSON list (a sort key or an offset)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class BadCursor(ValueError):
    """A cursor this API did not make."""


def encode(key: list[Any]) -> str:
    raw = json.dumps(key, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, length: int) -> list[Any] | None:
    """The key list of ``cursor`` (``length`` items), None for no cursor; BadCursor otherwise."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadCursor("cursor: not a cursor from this API") from exc
    if not isinstance(key, list) or len(key) != length:
        raise BadCursor("cursor: not a cursor from this API")
    return key


def offset(cursor: str | None) -> int:
    key = decode(cursor, 1)
    if key is None:
        return 0
    if not isinstance(key[0], int) or isinstance(key[0], bool) or not 0 <= key[0] <= 10_000_000:
        raise BadCursor("cursor: not a cursor from this API")
    return key[0]
