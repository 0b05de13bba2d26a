"""Arabic full-text search over SQLite FTS5 (table ``article_fts``).

Indexed columns hold the *search form* of the text (normalized, lightly
stemmed words, :func:`marsad.stories.text.search_form`), and queries go
through the same function, so ``انقره`` finds ``أنقرة`` and ``لأنقرة``. The
``names`` column carries, for every linked entity, its surface form, English
name, role (in English and Arabic) and country (name and demonyms in Arabic):
``الرئيس الروسي`` then finds an article that only writes ``بوتين`` when the
entity linker says he is Russia's president.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import cache

from marsad.kb.model import Entry, bundled_kb, canonical_role
from marsad.records import Article, Entity
from marsad.resources import read_tsv
from marsad.stories.text import search_form


@cache
def role_forms() -> dict[str, tuple[str, ...]]:
    """English role -> its Arabic titles (from the knowledge base's ``kb/titles.tsv``)."""
    out: dict[str, list[str]] = {}
    for ar, role, *_ in read_tsv("kb/titles.tsv", min_columns=2):
        out.setdefault(role.strip(), []).append(ar.strip())
    return {k: tuple(v) for k, v in out.items()}


@cache
def demonym_forms() -> dict[str, tuple[str, ...]]:
    """ISO3 -> definite masculine and feminine demonyms (from ``kb/demonyms.tsv``)."""
    out: dict[str, tuple[str, ...]] = {}
    for iso3, singulars, *_ in read_tsv("kb/demonyms.tsv", min_columns=2):
        forms = [w.strip() for w in singulars.split("|") if w.strip()][:2]
        out[iso3.strip()] = tuple(f"ال{w}{g}" for w in forms for g in ("", "ة"))
    return out


def _kb_entry(kb_id: str | None) -> Entry | None:
    if not kb_id:
        return None
    try:
        return bundled_kb().get(kb_id)
    except (OSError, ValueError):  # a broken or absent knowledge base must not stop indexing
        return None


def entity_phrases(e: Entity, day: str | None = None) -> list[str]:
    """What an entity is called, for the ``names`` column: its surface form, its knowledge-base
    names (Arabic and English), its role (English and Arabic titles, alone and with the
    country's demonym: ``الرئيس الروسي``) and its country's Arabic name."""
    entry = _kb_entry(e.kb_id)
    out = [e.text, e.name_en or ""]
    country = e.country or (entry.country if entry else None)
    role = e.role
    if entry is not None:
        out += [entry.name_en, *entry.names()]
        held = entry.role_at(day) if entry.type == "PERSON" else None
        role = role or (held.title if held else None)
    if country:
        place = bundled_kb().country(country)
        out += [country, place.name_ar if place else ""]
    if role:
        out.append(role)
        demonyms = demonym_forms().get(country or "", ())
        for title in role_forms().get(canonical_role(role), ())[:4]:
            out.append(title)
            out.extend(f"{title} {d}" for d in demonyms)
    return [p for p in out if p]


def names_text(entities: tuple[Entity, ...], day: str | None = None) -> str:
    seen: dict[str, None] = {}
    for e in entities:
        for phrase in entity_phrases(e, day):
            seen.setdefault(phrase, None)
    return " ؛ ".join(search_form(p) for p in seen)


def index_article(conn: sqlite3.Connection, art: Article) -> None:
    """Write the FTS row of one article (callers skip articles already indexed)."""
    conn.execute(
        "INSERT INTO article_fts (article_id, title, body, names) VALUES (?,?,?,?)",
        (
            art.id,
            search_form(art.title or ""),
            search_form(art.text),
            names_text(art.entities, art.published),
        ),
    )


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: every stemmed word required; quoted parts as phrases."""
    parts: list[str] = []
    chunks = query.split('"')
    for i, chunk in enumerate(chunks):
        form = search_form(chunk)
        if not form:
            continue
        if i % 2 == 1:
            parts.append(f'"{form}"')
        else:
            parts.extend(f'"{w}"' for w in form.split())
    return " AND ".join(parts)


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    title: str | None
    published: str | None
    outlets: list[str]
    story_id: str | None
    score: float
    snippet: str = ""
    matched_in: list[str] = field(default_factory=list)


def _filters(
    entity: str | None,
    country: str | None,
    event_type: str | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if entity:
        form = search_form(entity)
        where.append(
            "f.article_id IN (SELECT article_id FROM entities WHERE kb_id = ? OR lower(name_en) = lower(?)"
            " OR text = ?) OR f.article_id IN (SELECT article_id FROM article_fts WHERE article_fts MATCH ?)"
        )
        params += [entity, entity, entity, f'names : "{form}"' if form else 'names : ""']
    if country:
        where.append(
            "(f.article_id IN (SELECT article_id FROM entities WHERE country = ?) OR f.article_id IN"
            " (SELECT article_id FROM events WHERE source_country = ? OR target_country = ?"
            " OR location_country = ?) OR f.article_id IN (SELECT article_id FROM article_fts"
            " WHERE article_fts MATCH ?))"
        )
        code = "".join(ch for ch in country if ch.isalnum())
        params += [country.upper()] * 4 + [f'names : "{code.lower()}"' if code else 'names : ""']
    if event_type:
        where.append("f.article_id IN (SELECT article_id FROM events WHERE type = ? OR cameo = ?)")
        params += [event_type.upper(), event_type]
    if date_from:
        where.append("coalesce(a.published, m.date) >= ?")
        params.append(date_from)
    if date_to:
        where.append("coalesce(a.published, m.date) <= ?")
        params.append(date_to + "\uffff")
    return where, params


def search(
    conn: sqlite3.Connection,
    query: str,
    entity: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Articles matching ``query``, best first: those holding the words as a phrase (in the text,
    the headline or the entity names), then those holding all of them anywhere."""
    filters = _filters(entity, country, event_type, date_from, date_to)
    match = fts_query(query)
    phrase = f'"{search_form(query)}"' if '"' not in query and len(search_form(query).split()) > 1 else None
    hits: dict[str, Hit] = {}
    for expr in (phrase, match):
        if expr is None or len(hits) >= limit:
            continue
        for hit in _run(conn, expr, *filters, limit):
            hits.setdefault(hit.article_id, hit)
    return list(hits.values())[:limit]


def _run(conn: sqlite3.Connection, match: str, where: list[str], params: list[object], limit: int) -> list[Hit]:
    where, params = list(where), list(params)
    if match:
        where.insert(0, "article_fts MATCH ?")
        params.insert(0, match)
    sql = (
        "SELECT f.article_id, a.title, a.published, a.outlets, m.story_id,"
        f" {'bm25(article_fts, 0, 3.0, 1.0, 2.0)' if match else '0.0'} AS rank"
        " FROM article_fts f LEFT JOIN articles a ON a.id = f.article_id"
        " LEFT JOIN story_members m ON m.article_id = f.article_id"
        f" {'WHERE ' + ' AND '.join(f'({w})' for w in where) if where else ''}"
        " ORDER BY rank, a.published DESC, f.article_id LIMIT ?"
    )
    return [
        Hit(aid, title, published, json.loads(outlets or "[]"), sid, round(-float(rank), 4))
        for aid, title, published, outlets, sid, rank in conn.execute(sql, [*params, limit])
    ]
