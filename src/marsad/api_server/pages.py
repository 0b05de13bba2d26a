"""The web page: server-rendered HTML (Jinja2), right-to-left, Arabic text with English names."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from marsad.api_server import reads, svg
from marsad.api_server.highlight import render
from marsad.api_server.routes import connection
from marsad.api_server.services import kb_names, kb_roles, read_access, snippet_html
from marsad.stories import queries
from marsad.stories import search as fts

router = APIRouter(dependencies=[Depends(read_access)], include_in_schema=False)
open_router = APIRouter(include_in_schema=False)
Db = Annotated[sqlite3.Connection, Depends(connection)]
TYPES = list(svg.PALETTE)


@cache
def templates() -> Jinja2Templates:
    folder = Path(str(resources.files("marsad") / "web" / "templates"))
    return Jinja2Templates(directory=folder)


def _page(request: Request, name: str, db: sqlite3.Connection | None = None, **data: Any) -> HTMLResponse:
    if db is not None:
        data["headline"] = lambda aid, title=None: title or lead(db, aid)
    data["entity_href"] = svg.entity_href
    return templates().TemplateResponse(request, name, data)


def lead(db: sqlite3.Connection, article_id: str, width: int = 90) -> str:
    """An untitled article's label: its opening words, marked as such."""
    row = db.execute("SELECT substr(text, 1, ?) FROM articles WHERE id = ?", (width + 40, article_id)).fetchone()
    if row is None or not row[0]:
        return article_id
    words = " ".join(row[0].split())
    cut = words[:width].rsplit(" ", 1)[0] if len(words) > width else words
    return f"{cut}…"


@cache
def country_ar(iso3: str) -> str:
    from marsad.kb.model import bundled_kb

    try:
        entry = bundled_kb().country(iso3)
    except (OSError, ValueError):
        return ""
    return entry.name_ar if entry and entry.name_ar else ""


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, db: Db) -> HTMLResponse:
    by_month, undated = reads.events_by_type_period(db)
    types = sorted({t for c in by_month.values() for t in c})
    latest, _ = reads.articles(db, 8, None)
    return _page(request, "dashboard.html", db, stats=_stats(db), stories=reads.latest_stories(db, 8),
                 actors=reads.active_actors(db, 10), bars=svg.type_bars(by_month), legend=svg.legend(types),
                 articles=latest, country_ar=country_ar, undated=undated)


def _stats(db: sqlite3.Connection) -> dict[str, int]:
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("articles", "entities", "events", "quotes", "times", "stories")}


@router.get("/ui/search", response_class=HTMLResponse)
def search_page(request: Request, db: Db, q: Annotated[str, Query(max_length=500)] = "",
                entity: Annotated[str, Query(max_length=200)] = "",
                country: Annotated[str, Query(max_length=10)] = "",
                type: Annotated[str, Query(max_length=20)] = "",
                date_from: Annotated[str, Query(max_length=10)] = "",
                date_to: Annotated[str, Query(max_length=10)] = "") -> HTMLResponse:
    hits: list[dict[str, Any]] = []
    error = ""
    filters = (entity or None, country or None, type or None, date_from or None, date_to or None)
    try:
        if q.strip():
            hits = [{**dataclasses.asdict(h), "snippet": snippet_html(db, h.article_id, q)}
                    for h in fts.search(db, q, *filters, limit=50)]
        elif any(filters):
            found = fts.search(db, "", *filters, limit=50)
            hits = [{**dataclasses.asdict(h), "snippet": snippet_html(db, h.article_id, "")} for h in found]
    except sqlite3.OperationalError as exc:
        error = str(exc)
    form = {"q": q, "entity": entity, "country": country, "type": type, "date_from": date_from,
            "date_to": date_to}
    return _page(request, "search.html", db, hits=hits, form=form, types=TYPES, error=error)


@router.get("/ui/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, db: Db, article_id: str) -> HTMLResponse:
    art = reads.article(db, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    groups: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(art.entities):
        key = e.kb_id or e.text
        g = groups.setdefault(key, {"e": e, "forms": [], "first": i, "n": 0})
        g["n"] += 1
        if e.text not in g["forms"]:
            g["forms"].append(e.text)
    member = db.execute("SELECT story_id FROM story_members WHERE article_id = ?", (art.id,)).fetchone()
    return _page(request, "article.html", db, a=art, body=render(art), entities=list(groups.values()),
                 story_id=member[0] if member else None, related=queries.related(db, art.id, 6),
                 color=svg.color)


@router.get("/ui/entity/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, db: Db, entity_id: str) -> HTMLResponse:
    found = reads.entity(db, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    name_ar, _ = kb_names(entity_id)
    partners = reads.partners(db, entity_id)
    known = {p.id for p in partners}
    co = [p for p in _co_mentioned(db, entity_id) if p.id not in known][: max(0, 10 - len(partners))]
    label = found["name_en"] or entity_id
    graph = svg.network((entity_id, label), [(p.id, p.name, p.events) for p in partners + co],
                        reads.edges_between(db, [p.id for p in partners + co]), faint={p.id for p in co})
    arts = [queries._article_ref(db, a) for a in found["article_ids"][:30]]  # noqa: SLF001
    return _page(request, "entity.html", db, e=found, name_ar=name_ar, roles=kb_roles(entity_id),
                 partners=partners, co=co, graph=graph, timeline=queries.timeline(db, entity=entity_id, limit=60),
                 articles=arts, color=svg.color, country_ar=country_ar)


def _co_mentioned(db: sqlite3.Connection, kb_id: str) -> list[reads.PartnerRow]:
    """When an entity is in no event: the persons and organizations named in the same articles."""
    rows = db.execute(
        "SELECT o.kb_id, max(o.name_en), max(o.country), COUNT(DISTINCT o.article_id) FROM entities o"
        " WHERE o.article_id IN (SELECT article_id FROM entities WHERE kb_id = ?) AND o.kb_id != ?"
        " AND o.type IN ('PERSON', 'ORG') GROUP BY o.kb_id ORDER BY 4 DESC LIMIT 12", (kb_id, kb_id))
    return [reads.PartnerRow(r[0], r[1] or r[0], r[2], r[3], {}) for r in rows]


@router.get("/ui/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, db: Db, story_id: str) -> HTMLResponse:
    found = queries.story(db, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return _page(request, "story.html", db, s=found, color=svg.color)


@router.get("/ui/map", response_class=HTMLResponse)
def map_page(request: Request, db: Db) -> HTMLResponse:
    counts: Counter[str] = reads.events_by_country(db)
    names = {iso: country_ar(iso) for iso in counts}
    ranked = [(iso, names[iso], n) for iso, n in counts.most_common(20)]
    return _page(request, "map.html", world=svg.world_map(counts, names), ranked=ranked)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a plain page (Swagger UI would load from a CDN: nothing leaves here)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [(p["name"], p["in"], p.get("required", False), p.get("description", ""))
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params})
    return _page(request, "docs.html", ops=ops, info=spec["info"])


@open_router.get("/ui/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    """Where reads are closed: a form that keeps the read token in a cookie (set in the browser)."""
    return _page(request, "login.html")
