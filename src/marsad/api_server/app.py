"""``create_app(settings)``: the FastAPI application (JSON API, web page, static files)."""

from __future__ import annotations

import logging
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.api_server.cursor import BadCursor
from marsad.api_server.db import Database
from marsad.api_server.services import AppContext
from marsad.api_server.settings import Settings
from marsad.errors import MarsadError

log = logging.getLogger("marsad.api")


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with a 413 JSON answer, before the app reads them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse({"error": f"request body over {self.max_bytes} bytes"}, status_code=413)
        await response(scope, receive, send)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                  for e in exc.errors()]
        first = detail[0] if detail else {"where": "request", "problem": "invalid"}
        return JSONResponse({"error": f"{first['where']}: {first['problem']}", "detail": detail}, 422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 401 and (request.url.path == "/" or request.url.path.startswith("/ui/")):
            return RedirectResponse("/ui/login?next=" + quote(request.url.path), 303)
        return JSONResponse({"error": str(exc.detail)}, exc.status_code, headers=exc.headers)

    @app.exception_handler(BadCursor)
    async def bad_cursor(_: Request, exc: BadCursor) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, 400)

    @app.exception_handler(MarsadError)
    async def marsad_error(_: Request, exc: MarsadError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, 400)

    @app.exception_handler(sqlite3.OperationalError)
    async def query_error(_: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        if "fts5" in str(exc) or "syntax" in str(exc):
            return JSONResponse({"error": f"query not understood ({exc})"}, 400)
        log.error("database error: %s", exc)
        return JSONResponse({"error": "database unavailable"}, 503)

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse({"error": f"internal error ({type(exc).__name__})"}, 500)


def static_dir() -> Path:
    return Path(str(resources.files("marsad") / "web" / "static"))


def create_app(settings: Settings | None = None, **overrides: Any) -> FastAPI:
    """The application over ``settings.db`` (migrated on creation; no state outside the app)."""
    from dataclasses import replace

    from marsad.api_server.pages import open_router
    from marsad.api_server.pages import router as pages_router
    from marsad.api_server.routes import router, write_router

    settings = replace(settings or Settings(), **overrides)
    db = Database(settings.db)
    db.prepare()
    app = FastAPI(title="Marsad (مرصد)", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Arabic news events: articles, entities, events, quotes, times and stories. "
                              "Records follow schema marsad.article/1.")
    app.state.marsad = AppContext(settings, db)
    _errors(app)
    app.include_router(router)
    app.include_router(write_router)
    app.include_router(pages_router)
    app.include_router(open_router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app
