"""What the routes share: the app context (settings, database, a lazily built pipeline),
access checks, ingest, knowledge-base look-ups and search snippets."""

from __future__ import annotations

import hmac
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request
from markupsafe import Markup, escape

from marsad.api_server.db import Database
from marsad.api_server.settings import Settings
from marsad.errors import InputError, MarsadError


@dataclass
class AppContext:
    settings: Settings
    db: Database
    _pipeline: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline(self) -> Any:
        """The extraction pipeline, built on the first ingest (its resources load once)."""
        with self._lock:
            if self._pipeline is None:
                from marsad.pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline


def context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.marsad
    return ctx


def _token(request: Request) -> str | None:
    auth = request.headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    from urllib.parse import unquote

    cookie = request.cookies.get("marsad_token")
    return unquote(cookie) if cookie else None


def token_ok(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


def read_access(request: Request) -> None:
    """Reads are open unless a read token is configured (the write token also reads)."""
    s = context(request).settings
    if s.read_token is None:
        return
    given = _token(request)
    if token_ok(s.read_token, given) or (s.write_token is not None and token_ok(s.write_token, given)):
        return
    raise HTTPException(401, "a read token is required (Authorization: Bearer TOKEN)",
                        headers={"WWW-Authenticate": "Bearer"})


def ingest_request(ctx: AppContext, body: Any, authorization: str | None) -> dict[str, Any]:
    s = ctx.settings
    if s.write_token is None:
        raise HTTPException(403, "ingest is disabled: no write token is configured")
    given = authorization[7:].strip() if authorization and authorization.lower().startswith("bearer ") else None
    if not token_ok(s.write_token, given):
        raise HTTPException(401, "the write token is required (Authorization: Bearer TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})
    given_fields = [k for k in ("text", "html", "url") if getattr(body, k)]
    if len(given_fields) != 1:
        raise HTTPException(422, "give exactly one of text, html or url")
    source, page, html = body.source or "<api>", body.text or body.html or "", body.html is not None
    if body.url:
        page, html, source = _fetch(ctx, body.url), True, body.source or body.url
    from marsad.api import extract_text
    from marsad.store.base import Run

    try:
        articles = extract_text(page, source=source, html=html, published=body.published,
                                outlets=body.outlets, pipeline=ctx.pipeline())
    except MarsadError as exc:
        raise HTTPException(422, str(exc)) from exc
    store = ctx.db.store()
    try:
        new = store.write_batch(articles, Run("api ingest " + source[:200]))
    finally:
        store.close()
    return {"articles": len(articles), "added": len(new), "ids": [a.id for a in articles]}


def _fetch(ctx: AppContext, url: str) -> str:
    from marsad.ingest.decode import decode
    from marsad.ingest.fetch import FetchPolicy, fetch_url

    s = ctx.settings
    policy = FetchPolicy(timeout=s.fetch_timeout, max_bytes=s.fetch_max_bytes,
                         max_redirects=s.fetch_max_redirects, allow_private=s.allow_private_urls)
    try:
        return decode(fetch_url(url, policy), url)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from exc


def kb_roles(kb_id: str) -> list[dict[str, Any]]:
    """The roles the knowledge base lists for an entity (none when it is not there)."""
    from marsad.kb.model import bundled_kb

    try:
        entry = bundled_kb().get(kb_id)
    except (OSError, ValueError):
        return []
    if entry is None:
        return []
    return [{"title": r.title, "country": entry.country or None, "start": r.start or None,
             "end": r.end or None, "source": "kb"} for r in entry.roles]


def kb_names(kb_id: str) -> tuple[str | None, list[str]]:
    """(Arabic name, variants) from the knowledge base."""
    from marsad.kb.model import bundled_kb

    try:
        entry = bundled_kb().get(kb_id)
    except (OSError, ValueError):
        return None, []
    return (entry.name_ar or None, list(entry.variants)) if entry else (None, [])


def _locate(text: str, query: str) -> tuple[int, int]:
    """(start, end) of the first place a query word (or its stem) appears; (-1, -1) if none."""
    words = [w.strip('"') for w in query.split() if w.strip('"')]
    for w in words:
        for probe in (w, w[2:] if w.startswith("ال") else w, w[:-1]):
            if len(probe) >= 2 and (at := text.find(probe)) >= 0:
                return at, at + len(probe)
    return -1, -1


def _window(conn: sqlite3.Connection, article_id: str, query: str, width: int) -> tuple[str, int, int, int]:
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    text: str = row[0] if row else ""
    at, end = _locate(text, query)
    start = max(0, at - width // 2) if at >= 0 else 0
    return text, start, at, end


def snippet(conn: sqlite3.Connection, article_id: str, query: str, width: int = 160) -> str:
    """Some text around the first place the query's first word (or its stem) appears."""
    text, start, _, _ = _window(conn, article_id, query, width)
    cut = text[start:start + width].replace("\n", " ")
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


def snippet_html(conn: sqlite3.Connection, article_id: str, query: str, width: int = 200) -> Markup:
    """:func:`snippet` as safe HTML with the matched word in ``<mark>``."""
    text, start, at, end = _window(conn, article_id, query, width)
    stop = start + width
    if at < 0:
        body = escape(text[start:stop])
    else:
        body = escape(text[start:at]) + Markup("<mark>") + escape(text[at:end]) + Markup("</mark>") + escape(
            text[end:stop])
    return (Markup("…") if start else Markup("")) + body + (Markup("…") if stop < len(text) else Markup(""))
