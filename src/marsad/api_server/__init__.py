"""The REST API and web page of Marsad: ``create_app(Settings(db=...))``; ``marsad serve``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marsad.api_server.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["Settings", "create_app"]


def create_app(*args: Any, **kwargs: Any) -> FastAPI:
    """See :func:`marsad.api_server.app.create_app` (imported lazily: FastAPI loads on use)."""
    from marsad.api_server.app import create_app as make

    return make(*args, **kwargs)
