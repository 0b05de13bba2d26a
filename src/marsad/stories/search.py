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

from marsad.records import Article, Entity
from marsad.resources import read_tsv
from marsad.stories.text import search_form


@cache
def role_forms() -> dict[str, tuple[str, ...]]:
    return {r[0].strip().lower(): tuple(r[1].split("|")) for r in read_tsv("stories/roles_ar.tsv", 2)}


@cache
def country_forms() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """code -> (Arabic names, Arabic demonyms)."""
    return {
        r[0].strip(): (tuple(r[1].split("|")), tuple(x for x in r[2].split("|") if x))
        for r in read_tsv("stories/countries_ar.tsv", 3)
    }


def entity_phrases(e: Entity) -> list[str]:
    """What an entity is called, for the ``names`` column (one phrase each)."""
    out = [e.text]
    if e.name_en:
        out.append(e.name_en)
    names, demonyms = country_forms().get(e.country or "", ((), ()))
    if e.country:
        out.append(e.country)
        out.extend(names)
    role = (e.role or "").strip().lower()
    if role:
        out.append(role)
        for form in role_forms().get(role, ()):
            out.append(form)
            out.extend(f"{form} {d}" for d in demonyms)
            out.extend(f"{form} {n}" for n in names)
    return out


def names_text(entities: tuple[Entity, ...]) -> str:
    seen: dict[str, None] = {}
    for e in entities:
        for phrase in entity_phrases(e):
            seen.setdefault(phrase, None)
    # A full stop between phrases is no token, so phrases stay apart only by position;
    # joining with " ؛ " keeps them readable when inspected.
    return " ؛ ".join(search_form(p) for p in seen)


def index_article(conn: sqlite3.Connection, art: Article) -> None:
    """Write the FTS row of one article (callers skip articles already indexed)."""
    conn.execute(
        "INSERT INTO article_fts (article_id, title, body, names) VALUES (?,?,?,?)",
        (art.id, search_form(art.title or ""), search_form(art.text), names_text(art.entities)),
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
            " OR location_country = ?))"
        )
        params += [country.upper()] * 4
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
    """Articles matching ``query`` (all words, in text, headline or entity names), best first."""
    match = fts_query(query)
    where, params = _filters(entity, country, event_type, date_from, date_to)
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
    hits = []
    for aid, title, published, outlets, sid, rank in conn.execute(sql, [*params, limit]):
        hits.append(Hit(aid, title, published, json.loads(outlets or "[]"), sid, round(-float(rank), 4)))
    return hits
