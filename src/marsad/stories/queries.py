"""Read side of stories: lists, one story, related articles, timelines.

Plain functions over a ``sqlite3.Connection`` returning dataclasses (use
:func:`dataclasses.asdict` for JSON), shared by the CLI and the REST API.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field

from marsad.kb.model import bundled_kb
from marsad.stories.search import search_form


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str | None
    size: int
    first_date: str | None
    last_date: str | None
    outlets: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    id: str
    title: str | None
    published: str | None
    outlets: list[str]
    story_id: str | None = None
    score: float | None = None
    relation: str | None = None  # duplicate | same_story | similar
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    kind: str  # event | article
    type: str | None
    cameo: str | None
    source: str | None
    target: str | None
    summary: str
    num_mentions: int
    num_articles: int
    num_sources: int
    article_ids: list[str]
    story_id: str | None
    id: str


@dataclass(frozen=True, slots=True)
class StoryDetail:
    story: StorySummary
    articles: list[ArticleRef]
    timeline: list[TimelineEntry]


def _outlets(conn: sqlite3.Connection, story_id: str) -> list[str]:
    names: set[str] = set()
    for (raw,) in conn.execute("SELECT outlets FROM story_members WHERE story_id = ?", (story_id,)):
        names.update(json.loads(raw or "[]"))
    return sorted(names)


def _summary(conn: sqlite3.Connection, row: tuple) -> StorySummary:
    sid, title, size, first, last = row
    return StorySummary(sid, title, size, first, last, _outlets(conn, sid))


def stories(conn: sqlite3.Connection, limit: int = 20, min_size: int = 1) -> list[StorySummary]:
    """Stories, largest and most recent first."""
    rows = conn.execute(
        "SELECT id, title, size, first_date, last_date FROM stories WHERE size >= ?"
        " ORDER BY size DESC, last_date DESC, id LIMIT ?",
        (min_size, limit),
    ).fetchall()
    return [_summary(conn, r) for r in rows]


def _article_ref(conn: sqlite3.Connection, aid: str, **extra: object) -> ArticleRef:
    row = conn.execute(
        "SELECT a.title, coalesce(a.published, m.date), coalesce(a.outlets, m.outlets), m.story_id,"
        " (SELECT duplicate_of FROM duplicates d WHERE d.article_id = m.article_id"
        "  ORDER BY similarity DESC LIMIT 1)"
        " FROM story_members m LEFT JOIN articles a ON a.id = m.article_id WHERE m.article_id = ?",
        (aid,),
    ).fetchone()
    if row is None:
        return ArticleRef(aid, None, None, [], **extra)  # type: ignore[arg-type]
    title, published, outlets, sid, dup = row
    return ArticleRef(aid, title, published, json.loads(outlets or "[]"), sid, duplicate_of=dup, **extra)  # type: ignore[arg-type]


def story(conn: sqlite3.Connection, story_id: str) -> StoryDetail | None:
    """One story with its articles (by date) and its timeline; None if unknown."""
    row = conn.execute(
        "SELECT id, title, size, first_date, last_date FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    if row is None:
        return None
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM story_members WHERE story_id = ? ORDER BY date, article_id", (story_id,)
        )
    ]
    return StoryDetail(_summary(conn, row), [_article_ref(conn, a) for a in ids], timeline(conn, story=story_id))


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def related(conn: sqlite3.Connection, article_id: str, limit: int = 10) -> list[ArticleRef]:
    """Articles related to one: its duplicates, then its story's articles, then similar ones elsewhere."""
    row = conn.execute("SELECT story_id, vector FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
    if row is None:
        return []
    sid, vec = row[0], json.loads(row[1])
    dups = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT duplicate_of, similarity FROM duplicates WHERE article_id = ? UNION"
            " SELECT article_id, similarity FROM duplicates WHERE duplicate_of = ?",
            (article_id, article_id),
        )
    }
    scored: dict[str, tuple[int, float, str]] = {a: (0, s, "duplicate") for a, s in dups.items()}
    for aid, v in conn.execute(
        "SELECT article_id, vector FROM story_members WHERE story_id = ? AND article_id != ?",
        (sid, article_id),
    ):
        scored.setdefault(aid, (1, _cosine(vec, json.loads(v)), "same_story"))
    if len(scored) < limit:
        for aid, score in _similar_elsewhere(conn, vec, sid, limit):
            scored.setdefault(aid, (2, score, "similar"))
    ranked = sorted(scored.items(), key=lambda kv: (kv[1][0], -kv[1][1], kv[0]))[:limit]
    return [_article_ref(conn, aid, score=round(s, 4), relation=rel) for aid, (_, s, rel) in ranked]


def _similar_elsewhere(
    conn: sqlite3.Connection, vec: dict[str, float], sid: str, limit: int
) -> list[tuple[str, float]]:
    """Best articles of the other stories whose centroids are closest to ``vec``."""
    terms = sorted(vec, key=lambda t: -vec[t])[:20]
    if not terms:
        return []
    dots: dict[str, float] = {}
    for story_id, term, weight in conn.execute(
        f"SELECT story_id, term, weight FROM story_terms WHERE term IN ({','.join('?' * len(terms))})"
        " AND story_id != ?",
        [*terms, sid],
    ):
        dots[story_id] = dots.get(story_id, 0.0) + vec[term] * weight
    out: list[tuple[str, float]] = []
    for story_id, _ in sorted(dots.items(), key=lambda kv: -kv[1])[:limit]:
        for aid, v in conn.execute("SELECT article_id, vector FROM story_members WHERE story_id = ?", (story_id,)):
            out.append((aid, _cosine(vec, json.loads(v))))
    return sorted(out, key=lambda x: -x[1])[:limit]


def _entity_articles(conn: sqlite3.Connection, entity: str) -> set[str]:
    kb_ids = sorted(entity_kb_ids(conn, entity))
    rows = conn.execute(  # a UNION, so that each branch uses its index
        f"SELECT article_id FROM entities WHERE kb_id IN ({','.join('?' * len(kb_ids))})"
        " UNION SELECT article_id FROM entities WHERE name_en = ? COLLATE NOCASE"
        " UNION SELECT article_id FROM entities WHERE text = ?",
        (*kb_ids, entity, entity),
    ).fetchall()
    found = {r[0] for r in rows}
    form = search_form(entity)
    if form:
        found.update(
            r[0]
            for r in conn.execute(
                "SELECT article_id FROM article_fts WHERE article_fts MATCH ?", (f'names : "{form}"',)
            )
        )
    return found


def timeline(
    conn: sqlite3.Connection,
    entity: str | None = None,
    actors: tuple[str, str] | list[str] | None = None,
    story: str | None = None,
    limit: int = 200,
) -> list[TimelineEntry]:
    """Merged events ordered by date, for a story, an entity or a pair of actor countries.

    Where a story or entity has no coded events, its articles stand in (kind ``article``),
    each dated by publication, so a timeline is never empty for lack of an event stage.
    """
    where, params, article_ids = _timeline_scope(conn, entity, actors, story)
    entries = _event_entries(conn, where, params, limit)
    if not entries and actors is None:
        entries = _article_entries(conn, article_ids, story)
    return sorted(entries, key=lambda e: (e.date or "9999", e.id))[:limit]


def _timeline_scope(
    conn: sqlite3.Connection,
    entity: str | None,
    actors: tuple[str, str] | list[str] | None,
    story: str | None,
) -> tuple[list[str], list[object], list[str]]:
    where: list[str] = []
    params: list[object] = []
    article_ids: list[str] = []
    if story:
        where.append("c.story_id = ?")
        params.append(story)
        article_ids = [r[0] for r in conn.execute("SELECT article_id FROM story_members WHERE story_id = ?", (story,))]
    if actors:
        a, b = (x.strip().upper() for x in actors)
        where.append(
            "((c.source_country = ? AND c.target_country = ?) OR (c.source_country = ? AND c.target_country = ?))"
        )
        params += [a, b, b, a]
    if entity:
        ids = sorted(_entity_articles(conn, entity))
        article_ids = [x for x in article_ids if x in set(ids)] if story else ids
        kb_ids = sorted(entity_kb_ids(conn, entity))
        marks = ",".join("?" * len(kb_ids))
        where.append(
            "(c.source_name = ? OR c.target_name = ? OR c.id IN (SELECT cluster_id FROM event_mentions"
            " JOIN events e ON e.article_id = event_mentions.article_id AND e.idx = event_mentions.idx"
            f" WHERE e.source_kb_id IN ({marks}) OR e.target_kb_id IN ({marks})"
            " OR lower(e.source_name) = lower(?) OR lower(e.target_name) = lower(?)))"
        )
        params += [entity, entity, *kb_ids, *kb_ids, entity, entity]
    return where, params, article_ids


def entity_kb_ids(conn: sqlite3.Connection, entity: str) -> set[str]:
    """Knowledge-base ids an entity query may mean: itself (an id), the ids the stored
    entities with that English or Arabic name carry, and the knowledge base's entries."""
    ids = {entity}
    ids.update(
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT kb_id FROM entities WHERE kb_id IS NOT NULL AND (lower(name_en) = lower(?) OR text = ?)",
            (entity, entity),
        )
    )
    with contextlib.suppress(OSError, ValueError):
        ids.update(e.id for e in bundled_kb().lookup(entity))
    return ids


def _event_entries(conn: sqlite3.Connection, where: list[str], params: list[object], limit: int) -> list[TimelineEntry]:
    sql = (
        "SELECT c.id, c.date, c.type, c.cameo, coalesce(c.source_name, c.source_country),"
        " coalesce(c.target_name, c.target_country), c.sentence, c.num_mentions, c.num_articles,"
        " c.num_sources, c.story_id FROM event_clusters c"
        f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY c.date, c.id LIMIT ?"
    )
    out = []
    for cid, day, typ, cameo, src, tgt, sentence, nm, na, ns, sid in conn.execute(sql, [*params, limit]):
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT article_id FROM event_mentions WHERE cluster_id = ? ORDER BY article_id",
                (cid,),
            )
        ]
        out.append(TimelineEntry(day, "event", typ, cameo, src, tgt, sentence or "", nm, na, ns, ids, sid, cid))
    return out


def _article_entries(conn: sqlite3.Connection, article_ids: list[str], story: str | None) -> list[TimelineEntry]:
    out = []
    for aid in article_ids:
        ref = _article_ref(conn, aid)
        out.append(
            TimelineEntry(
                ref.published,
                "article",
                None,
                None,
                None,
                None,
                ref.title or "",
                1,
                1,
                max(1, len(ref.outlets)),
                [aid],
                ref.story_id or story,
                aid,
            )
        )
    return out
