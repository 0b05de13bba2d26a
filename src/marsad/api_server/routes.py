"""The JSON API (``/articles``, ``/entities``, ``/events``, ``/stories``, ``/search``,
``/timeline``, ``/export``, ``/health``, ``POST /ingest``)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from marsad import exports
from marsad.api_server import reads
from marsad.api_server.models import (
    ArticleOut,
    ArticleRefOut,
    ArticleSummary,
    EntityDetail,
    EntitySummary,
    ErrorOut,
    EventRow,
    Health,
    HitOut,
    IngestRequest,
    IngestResult,
    Page,
    Partner,
    RoleOut,
    StoryDetailOut,
    StoryOut,
    TimelineOut,
)
from marsad.api_server.services import AppContext, context, ingest_request, kb_roles, read_access, snippet
from marsad.store.rows import child_rows
from marsad.stories import queries
from marsad.stories import search as fts

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ID = r"^[^\x00-\x1f]{1,200}$"
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 404: {"model": ErrorOut}, 422: {"model": ErrorOut},
}
DateQ = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
CursorQ = Annotated[str | None, Query(max_length=500, description="next_cursor of the previous page")]


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    yield from context(request).db.connection()


Db = Annotated[sqlite3.Connection, Depends(connection)]
Ctx = Annotated[AppContext, Depends(context)]


def page_size(request: Request, limit: Annotated[int | None, Query(ge=1, le=1000)] = None) -> int:
    s = context(request).settings
    if limit is None:
        return s.default_page_size
    if limit > s.max_page_size:
        raise HTTPException(422, f"limit: at most {s.max_page_size}")
    return limit


Limit = Annotated[int, Depends(page_size)]
router = APIRouter(dependencies=[Depends(read_access)], responses=ERRORS)


@router.get("/health", response_model=Health, tags=["meta"])
def health(db: Db) -> dict[str, Any]:
    from importlib.metadata import version

    return {"status": "ok", "schema": "marsad.article/1", "articles": reads.count_articles(db),
            "version": version("marsad")}


@router.get("/articles", response_model=Page[ArticleSummary], tags=["articles"])
def list_articles(db: Db, limit: Limit, cursor: CursorQ = None,
                  outlet: Annotated[str | None, Query(max_length=200)] = None, date_from: DateQ = None,
                  date_to: DateQ = None, story: Annotated[str | None, Query(max_length=200)] = None
                  ) -> dict[str, Any]:
    """Articles, newest first."""
    items, nxt = reads.articles(db, limit, cursor, outlet, date_from, date_to, story)
    return {"items": items, "next_cursor": nxt}


@router.get("/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
def get_article(db: Db, article_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    """One article record (output contract ``marsad.article/1``); an unambiguous id prefix works too."""
    art = reads.article(db, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return art.to_dict()


@router.get("/articles/{article_id}/related", response_model=list[ArticleRefOut], tags=["articles"])
def related_articles(db: Db, limit: Limit, article_id: Annotated[str, Path(pattern=ID)]) -> list[Any]:
    return [dataclasses.asdict(r) for r in queries.related(db, article_id, limit)]


@router.get("/entities", response_model=Page[EntitySummary], tags=["entities"])
def list_entities(db: Db, limit: Limit, cursor: CursorQ = None,
                  type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,10}$")] = None,
                  country: Annotated[str | None, Query(max_length=10)] = None,
                  q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    """Linked entities (knowledge-base ids), most written-about first."""
    items, nxt = reads.entities(db, limit, cursor, type, country, q)
    return {"items": items, "next_cursor": nxt}


@router.get("/entities/{entity_id}", response_model=EntityDetail, tags=["entities"])
def get_entity(db: Db, entity_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    """One entity: names, roles (knowledge base and text), articles, partners, timeline."""
    found = reads.entity(db, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    roles = [RoleOut(**r) for r in kb_roles(entity_id)]
    roles += [RoleOut(title=t, source="text") for t in found.pop("text_roles") if t not in {r.title for r in roles}]
    found["roles"] = roles
    found["partners"] = [Partner(**dataclasses.asdict(p)) for p in reads.partners(db, entity_id)]
    found["timeline"] = [dataclasses.asdict(t) for t in queries.timeline(db, entity=entity_id, limit=100)]
    return found


@router.get("/events", response_model=Page[EventRow], tags=["events"])
def list_events(db: Db, limit: Limit, cursor: CursorQ = None,
                actor: Annotated[str | None, Query(max_length=200, description="kb id or English name")] = None,
                country: Annotated[str | None, Query(max_length=10, description="ISO3 or org code")] = None,
                type: Annotated[str | None, Query(max_length=20, description="PLOVER type or CAMEO code")] = None,
                date_from: DateQ = None, date_to: DateQ = None,
                story: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    """Coded events, one row per mention."""
    items, nxt = reads.events(db, limit, cursor, actor, country, type, date_from, date_to, story)
    return {"items": items, "next_cursor": nxt}


@router.get("/stories", response_model=Page[StoryOut], tags=["stories"])
def list_stories(db: Db, limit: Limit, cursor: CursorQ = None,
                 min_size: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> dict[str, Any]:
    """Stories, largest and most recent first."""
    from marsad.api_server.cursor import encode, offset

    start = offset(cursor)
    found = queries.stories(db, limit=start + limit + 1, min_size=min_size)[start:]
    nxt = encode([start + limit]) if len(found) > limit else None
    return {"items": [dataclasses.asdict(s) for s in found[:limit]], "next_cursor": nxt}


@router.get("/stories/{story_id}", response_model=StoryDetailOut, tags=["stories"])
def get_story(db: Db, story_id: Annotated[str, Path(pattern=ID)]) -> Any:
    found = queries.story(db, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return dataclasses.asdict(found)


@router.get("/search", response_model=Page[HitOut], tags=["search"])
def search(db: Db, limit: Limit, q: Annotated[str, Query(min_length=1, max_length=500)],
           cursor: CursorQ = None, entity: Annotated[str | None, Query(max_length=200)] = None,
           country: Annotated[str | None, Query(max_length=10)] = None,
           type: Annotated[str | None, Query(max_length=20)] = None,
           date_from: DateQ = None, date_to: DateQ = None) -> dict[str, Any]:
    """Full-text Arabic search (normalized, lightly stemmed; entity names and roles included)."""
    from marsad.api_server.cursor import encode, offset

    start = offset(cursor)
    hits = fts.search(db, q, entity, country, type, date_from, date_to, limit=start + limit + 1)[start:]
    items = [{**dataclasses.asdict(h), "snippet": h.snippet or snippet(db, h.article_id, q)} for h in hits[:limit]]
    return {"items": items, "next_cursor": encode([start + limit]) if len(hits) > limit else None}


@router.get("/timeline", response_model=list[TimelineOut], tags=["stories"])
def timeline(db: Db, limit: Limit, entity: Annotated[str | None, Query(max_length=200)] = None,
             actors: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,5},[A-Za-z]{2,5}$",
                                                 description="two country codes: RUS,UKR")] = None,
             story: Annotated[str | None, Query(max_length=200)] = None) -> list[Any]:
    """Merged events by date for an entity, a pair of countries or a story (all events if none)."""
    pair = actors.split(",") if actors else None
    return [dataclasses.asdict(t) for t in queries.timeline(db, entity, pair, story, limit)]


@router.get("/export", tags=["export"], response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}})
def export(ctx: Ctx, format: Annotated[str, Query(pattern="^(jsonl|csv)$")] = "jsonl",
           table: Annotated[str, Query(pattern="^(" + "|".join(exports.TABLES) + ")$")] = "articles"
           ) -> StreamingResponse:
    """Every stored article: JSON lines of the output contract, or one CSV table."""
    media = "application/x-ndjson" if format == "jsonl" else "text/csv"
    name = f"marsad-{table if format == 'csv' else 'articles'}.{format}"
    return StreamingResponse(_export_lines(ctx, format, table), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _export_lines(ctx: AppContext, fmt: str, table: str) -> Iterator[str]:
    from marsad.records import Article

    conn = ctx.db.connect()
    try:
        buf = io.StringIO()
        writer = csv.writer(buf)
        if fmt == "csv":
            columns = exports.ARTICLE_COLUMNS if table == "articles" else dict(
                (t, c) for t, c, _ in child_rows(Article(id="", source="", text="")))[table]
            writer.writerow(columns)
        for (record,) in conn.execute("SELECT record FROM articles ORDER BY published IS NULL, published, id"):
            if fmt == "jsonl":
                yield record + "\n"
                continue
            art = Article.from_dict(json.loads(record))
            if table == "articles":
                writer.writerow(exports.article_row(art))
            else:
                writer.writerows(next(rows for t, _, rows in child_rows(art) if t == table))
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        if fmt == "csv" and buf.getvalue():
            yield buf.getvalue()
    finally:
        conn.close()


write_router = APIRouter(responses={**ERRORS, 403: {"model": ErrorOut}, 413: {"model": ErrorOut}})


@write_router.post("/ingest", response_model=IngestResult, tags=["ingest"])
def ingest(ctx: Ctx, body: IngestRequest, request: Request) -> dict[str, Any]:
    """Extract and store one page given as text, HTML or a URL (needs the write token)."""
    return ingest_request(ctx, body, request.headers.get("authorization"))
