"""Read queries the stories package does not already answer: articles, entities, events,
dashboard figures. Plain functions over a ``sqlite3.Connection``."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from marsad.api_server import cursor as cur
from marsad.records import Article


def article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None and len(article_id) >= 6:
        rows = conn.execute("SELECT record FROM articles WHERE id LIKE ? || '%' LIMIT 2",
                            (article_id.replace("%", "").replace("_", ""),)).fetchall()
        row = rows[0] if len(rows) == 1 else None
    return Article.from_dict(json.loads(row[0])) if row else None


def _key_published(p: str | None) -> str:
    return p or ""


def articles(conn: sqlite3.Connection, limit: int, cursor: str | None, outlet: str | None = None,
             date_from: str | None = None, date_to: str | None = None,
             story: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """Articles newest first (undated last), keyset-paginated on (published, id)."""
    where, params = [], []
    key = cur.decode(cursor, 2)
    if key is not None:
        if not all(isinstance(k, str) for k in key):
            raise cur.BadCursor("cursor: not a cursor from this API")
        where.append("(coalesce(a.published, '') < ? OR (coalesce(a.published, '') = ? AND a.id > ?))")
        params += [key[0], key[0], key[1]]
    if outlet:
        where.append("a.outlets LIKE ?")
        params.append(f'%"{outlet}"%')
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to + "\uffff")
    if story:
        where.append("m.story_id = ?")
        params.append(story)
    sql = ("SELECT a.id, a.title, a.published, a.outlets, a.source, m.story_id,"
           " (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id),"
           " (SELECT COUNT(*) FROM events v WHERE v.article_id = a.id)"
           " FROM articles a LEFT JOIN story_members m ON m.article_id = a.id"
           f" {'WHERE ' + ' AND '.join(where) if where else ''}"
           " ORDER BY coalesce(a.published, '') DESC, a.id LIMIT ?")
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    items = [{"id": r[0], "title": r[1], "published": r[2], "outlets": json.loads(r[3] or "[]"),
              "source": r[4], "story_id": r[5], "entities": r[6], "events": r[7]} for r in rows[:limit]]
    nxt = cur.encode([_key_published(items[-1]["published"]), items[-1]["id"]]) if len(rows) > limit else None
    return items, nxt


ENTITY_SQL = (
    "SELECT kb_id, max(name_en), max(type), max(country), COUNT(*), COUNT(DISTINCT article_id),"
    " group_concat(DISTINCT text) FROM entities WHERE kb_id IS NOT NULL {where}"
    " GROUP BY kb_id ORDER BY COUNT(DISTINCT article_id) DESC, COUNT(*) DESC, kb_id LIMIT ? OFFSET ?"
)


def _entity(row: tuple[Any, ...]) -> dict[str, Any]:
    names = sorted(set((row[6] or "").split(",")) - {""}, key=len)
    return {"id": row[0], "name_en": row[1], "type": row[2], "country": row[3], "mentions": row[4],
            "articles": row[5], "names": names[:8]}


def entities(conn: sqlite3.Connection, limit: int, cursor: str | None, type_: str | None = None,
             country: str | None = None, q: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """Linked entities, most written-about first (offset cursor)."""
    start = cur.offset(cursor)
    where, params = "", []
    if type_:
        where += " AND type = ?"
        params.append(type_.upper())
    if country:
        where += " AND country = ?"
        params.append(country.upper())
    if q:
        where += " AND (name_en LIKE ? OR text LIKE ? OR kb_id = ?)"
        params += [f"%{q}%", f"%{q}%", q]
    rows = conn.execute(ENTITY_SQL.format(where=where), [*params, limit + 1, start]).fetchall()
    items = [_entity(r) for r in rows[:limit]]
    return items, cur.encode([start + limit]) if len(rows) > limit else None


def entity(conn: sqlite3.Connection, kb_id: str) -> dict[str, Any] | None:
    row = conn.execute(ENTITY_SQL.format(where="AND kb_id = ?"), (kb_id, 1, 0)).fetchone()
    if row is None:
        return None
    out = _entity(row)
    out["article_ids"] = [r[0] for r in conn.execute(
        "SELECT DISTINCT e.article_id FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE e.kb_id = ? ORDER BY a.published DESC, a.id", (kb_id,))]
    out["text_roles"] = sorted({r[0] for r in conn.execute(
        "SELECT role FROM entities WHERE kb_id = ? AND role IS NOT NULL", (kb_id,))})
    return out


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: str
    name: str
    country: str | None
    events: int
    types: dict[str, int]


def partners(conn: sqlite3.Connection, kb_id: str, limit: int = 16) -> list[PartnerRow]:
    """The actors an entity deals with: the other side of the events it is an actor of."""
    counts: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    info: dict[str, tuple[str, str | None]] = {}
    sql = ("SELECT type, target_kb_id, target_name, target_country FROM events WHERE source_kb_id = ?"
           " UNION ALL SELECT type, source_kb_id, source_name, source_country FROM events WHERE target_kb_id = ?")
    for typ, oid, name, country in conn.execute(sql, (kb_id, kb_id)):
        key = oid or name or country
        if not key or key == kb_id:
            continue
        counts[key] += 1
        types.setdefault(key, Counter())[typ] += 1
        info.setdefault(key, (name or country or key, country))
    return [PartnerRow(k, info[k][0], info[k][1], n, dict(types[k])) for k, n in counts.most_common(limit)]


def edges_between(conn: sqlite3.Connection, ids: list[str]) -> Counter[tuple[str, str]]:
    """Event counts between pairs of the given actor ids (by kb id)."""
    if not ids:
        return Counter()
    marks = ",".join("?" * len(ids))
    out: Counter[tuple[str, str]] = Counter()
    for a, b, n in conn.execute(
        f"SELECT source_kb_id, target_kb_id, COUNT(*) FROM events WHERE source_kb_id IN ({marks})"
        f" AND target_kb_id IN ({marks}) GROUP BY 1, 2", [*ids, *ids]):
        if a != b:
            out[(min(a, b), max(a, b))] += n
    return out


EVENT_COLUMNS = ("e.article_id, e.idx, e.type, e.cameo, e.source_name, e.source_kb_id, e.source_country,"
                 " e.source_sector, e.target_name, e.target_kb_id, e.target_country, e.target_sector,"
                 " e.location_name, e.location_country, e.date, e.quantity, e.negated, e.mode, e.sentence,"
                 ' e.start, e."end", a.published, em.cluster_id, m.story_id')


def _actor(name: Any, kb: Any, country: Any, sector: Any) -> dict[str, Any] | None:
    if name is None and kb is None and country is None:
        return None
    return {"name_en": name, "kb_id": kb, "country": country, "sector": sector}


def _event_row(r: tuple[Any, ...]) -> dict[str, Any]:
    loc = None if r[12] is None and r[13] is None else {"name_en": r[12], "country": r[13]}
    return {"article_id": r[0], "idx": r[1], "type": r[2], "cameo": r[3], "source": _actor(*r[4:8]),
            "target": _actor(*r[8:12]), "location": loc, "date": r[14], "quantity": r[15],
            "negated": bool(r[16]), "mode": r[17], "sentence": r[18] or "", "start": r[19] or 0,
            "end": r[20] or 0, "published": r[21], "cluster_id": r[22], "story_id": r[23]}


def events(conn: sqlite3.Connection, limit: int, cursor: str | None, actor: str | None = None,
           country: str | None = None, type_: str | None = None, date_from: str | None = None,
           date_to: str | None = None, story: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """Coded events (one row per mention), keyset-paginated on (article id, index)."""
    where, params = [], []
    key = cur.decode(cursor, 2)
    if key is not None:
        if not (isinstance(key[0], str) and isinstance(key[1], int)):
            raise cur.BadCursor("cursor: not a cursor from this API")
        where.append("(e.article_id > ? OR (e.article_id = ? AND e.idx > ?))")
        params += [key[0], key[0], key[1]]
    if actor:
        where.append("(e.source_kb_id = ? OR e.target_kb_id = ? OR lower(e.source_name) = lower(?)"
                     " OR lower(e.target_name) = lower(?))")
        params += [actor] * 4
    if country:
        where.append("(e.source_country = ? OR e.target_country = ? OR e.location_country = ?)")
        params += [country.upper()] * 3
    if type_:
        where.append("(e.type = ? OR e.cameo = ?)")
        params += [type_.upper(), type_]
    day = "coalesce(e.date, a.published)"
    if date_from:
        where.append(f"{day} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{day} <= ?")
        params.append(date_to + "\uffff")
    if story:
        where.append("m.story_id = ?")
        params.append(story)
    sql = (f"SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN articles a ON a.id = e.article_id"
           " LEFT JOIN event_mentions em ON em.article_id = e.article_id AND em.idx = e.idx"
           " LEFT JOIN story_members m ON m.article_id = e.article_id"
           f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY e.article_id, e.idx LIMIT ?")
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    items = [_event_row(r) for r in rows[:limit]]
    nxt = cur.encode([items[-1]["article_id"], items[-1]["idx"]]) if len(rows) > limit else None
    return items, nxt


def count_articles(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def events_by_country(conn: sqlite3.Connection) -> Counter[str]:
    """Event mentions per ISO3 country (as source, target or location; once per event)."""
    out: Counter[str] = Counter()
    for s, t, loc in conn.execute("SELECT source_country, target_country, location_country FROM events"):
        for c in {s, t, loc} - {None}:
            if isinstance(c, str) and len(c) == 3 and c.isalpha():
                out[c] += 1
    return out


def events_by_type_period(conn: sqlite3.Connection, max_bars: int = 24) -> tuple[dict[str, Counter[str]], int]:
    """(period -> event type -> mentions, mentions in undated articles), by the articles' publication
    date: by day when the dates span two months or less, else by month; the latest ``max_bars`` periods."""
    rows = conn.execute("SELECT a.published, e.type FROM events e JOIN articles a ON a.id = e.article_id").fetchall()
    dated = [(d, t) for d, t in rows if d and len(d) >= 7]
    width = 10 if len({d[:7] for d, _ in dated}) <= 2 else 7
    out: dict[str, Counter[str]] = {}
    for day, typ in dated:
        if len(day) >= width:
            out.setdefault(day[:width], Counter())[typ.split("/")[0]] += 1
    return dict(sorted(out.items())[-max_bars:]), len(rows) - len(dated)


def latest_stories(conn: sqlite3.Connection, limit: int = 8, min_size: int = 2) -> list[Any]:
    """Stories by their latest article (several articles first; singletons when there are none)."""
    from marsad.stories.queries import _summary

    rows = conn.execute("SELECT id, title, size, first_date, last_date FROM stories WHERE size >= ?"
                        " ORDER BY last_date IS NULL, last_date DESC, size DESC, id LIMIT ?",
                        (min_size, limit)).fetchall()
    if not rows and min_size > 1:
        return latest_stories(conn, limit, 1)
    return [_summary(conn, r) for r in rows]


def active_actors(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    """Persons and organizations by events they take part in, then by articles naming them."""
    events: Counter[str] = Counter()
    for kb_id, n in conn.execute(
        "SELECT kb, COUNT(*) FROM (SELECT source_kb_id AS kb FROM events UNION ALL"
        " SELECT target_kb_id FROM events) WHERE kb IS NOT NULL GROUP BY kb"):
        events[kb_id] = n
    rows = conn.execute(
        "SELECT kb_id, max(name_en), max(type), max(country), COUNT(DISTINCT article_id) FROM entities"
        " WHERE kb_id IS NOT NULL AND type IN ('PERSON', 'ORG') GROUP BY kb_id").fetchall()
    ranked = sorted(rows, key=lambda r: (-events.get(r[0], 0), -r[4], r[0]))[:limit]
    return [{"id": r[0], "name_en": r[1], "type": r[2], "country": r[3], "articles": r[4],
             "events": events.get(r[0], 0)} for r in ranked]
