"""Database helpers for tests and tools until (and beside) the lead's store.

:func:`create_schema` builds the ``0001`` tables of the store when they are
absent and applies this package's migrations (``01xx_*.sql``); the store
applies the same files in production. :func:`write_article` writes the rows
the store's ingest writes, so tests can fill a database without it.
"""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path

from marsad.records import Article

BASE_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, source TEXT, part INT, title TEXT,
    published TEXT, outlets TEXT, tags TEXT, language TEXT, url TEXT, text TEXT, record TEXT,
    run_id INT, ingested_at TEXT);
CREATE TABLE IF NOT EXISTS entities (article_id, idx, text, start, "end", type, kb_id, name_en,
    country, role);
CREATE TABLE IF NOT EXISTS events (article_id, idx, type, cameo, source_name, source_kb_id,
    source_country, source_sector, target_name, target_kb_id, target_country, target_sector,
    location_name, location_country, date, quantity, negated, mode, sentence, start, "end");
"""


def migration_files() -> list[Path]:
    """This package's migrations (names from 0100 on), in name order."""
    folder = Path(str(resources.files("marsad") / "store" / "migrations"))
    return sorted(p for p in folder.glob("*.sql") if p.name[:4].isdigit() and int(p.name[:4]) >= 100)


def create_schema(conn: sqlite3.Connection) -> None:
    """The store's base tables (if absent) plus the stories tables."""
    conn.executescript(BASE_SCHEMA)
    for path in migration_files():
        conn.executescript(path.read_text(encoding="utf-8"))


def write_article(conn: sqlite3.Connection, art: Article) -> None:
    """Insert an article and its entities/events the way the store does."""
    conn.execute(
        "INSERT OR REPLACE INTO articles (id, source, part, title, published, outlets, tags, language,"
        " url, text, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            art.id,
            art.source,
            art.part,
            art.title,
            art.published,
            json.dumps(list(art.outlets)),
            json.dumps(list(art.tags)),
            art.language,
            art.url,
            art.text,
            json.dumps(art.to_dict(), ensure_ascii=False),
        ),
    )
    conn.execute("DELETE FROM entities WHERE article_id = ?", (art.id,))
    conn.executemany(
        "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (art.id, i, e.text, e.start, e.end, e.type, e.kb_id, e.name_en, e.country, e.role)
            for i, e in enumerate(art.entities)
        ],
    )
    conn.execute("DELETE FROM events WHERE article_id = ?", (art.id,))
    rows = []
    for i, ev in enumerate(art.events):
        s, t, loc = ev.source, ev.target, ev.location
        rows.append(
            (
                art.id,
                i,
                ev.type,
                ev.cameo,
                s and s.name_en,
                s and s.kb_id,
                s and s.country,
                s and s.sector,
                t and t.name_en,
                t and t.kb_id,
                t and t.country,
                t and t.sector,
                loc and loc.name_en,
                loc and loc.country,
                ev.date,
                ev.quantity,
                int(ev.negated),
                ev.mode,
                ev.sentence,
                ev.start,
                ev.end,
            )
        )
    conn.executemany(f"INSERT INTO events VALUES ({','.join('?' * 21)})", rows)
