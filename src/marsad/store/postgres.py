"""The PostgreSQL store: the same Protocol, tables and records as SQLite.

Chosen by a ``postgresql://`` URL (``open_store``). Migrations live in
``store/pg_migrations/*.sql`` and apply in order on open under an advisory
lock; each batch is one transaction, idempotent on the article id. Stories
and full-text search (SQLite FTS5) are not indexed here: ``marsad search``
and the story commands need the SQLite store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

from marsad.errors import MarsadError
from marsad.records import Article
from marsad.store.base import Run
from marsad.store.rows import child_rows

_LOCK_KEY = 0x6D61727361  # advisory lock held while migrating ("marsa")
TABLES = ("articles", "entities", "events", "quotes", "times", "runs", "kb_learned")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def pg_migrations() -> list[tuple[str, str]]:
    """(name, SQL) of every bundled PostgreSQL migration, in order."""
    folder = resources.files("marsad.store") / "pg_migrations"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


class PostgresStore:
    """Store articles and their extractions in a PostgreSQL database."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ModuleNotFoundError as exc:
            raise MarsadError("PostgreSQL needs psycopg: pip install 'marsad[postgres]'") from exc
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise MarsadError(f"{_safe(url)}: cannot connect ({str(exc).strip().splitlines()[0]})") from exc
        self._migrate()

    # -- schema ---------------------------------------------------------------
    def _migrate(self) -> None:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
            done = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
            for name, sql in pg_migrations():
                if name not in done:
                    self.conn.execute(sql.encode("utf-8"))  # several statements: simple query protocol
                    self.conn.execute("INSERT INTO schema_migrations VALUES (%s, %s)", (name, _now()))

    # -- writes ---------------------------------------------------------------
    def write_batch(self, articles: Sequence[Article], run: Run) -> list[Article]:
        """Write the articles not yet stored, all in one transaction; return them."""
        first: dict[str, Article] = {}
        for a in articles:
            first.setdefault(a.id, a)
        unique = list(first.values())
        run_id = run.id
        with self.conn.transaction():
            have = {r[0] for r in self.conn.execute("SELECT id FROM articles WHERE id = ANY(%s)",
                                                    ([a.id for a in unique],))}
            new = [a for a in unique if a.id not in have]
            if not new:
                return []
            if run_id is None:
                row = self.conn.execute("INSERT INTO runs (started_at, command) VALUES (%s, %s) RETURNING id",
                                        (run.started_at, run.command)).fetchone()
                run_id = row[0] if row else None
            for article in new:
                self._insert(article, run_id)
            self.conn.execute("UPDATE runs SET finished_at = %s, articles_added = %s WHERE id = %s",
                              (_now(), run.added + len(new), run_id))
        run.id = run_id  # only once the transaction committed
        run.added += len(new)
        return new

    def has(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone() is not None

    def _insert(self, a: Article, run_id: int | None) -> None:
        record = json.dumps(a.to_dict(), ensure_ascii=False)
        self.conn.execute(
            "INSERT INTO articles (id, source, part, title, published, outlets, tags, language, url, text,"
            " record, run_id, ingested_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
            (a.id, a.source, a.part, a.title, a.published, json.dumps(list(a.outlets), ensure_ascii=False),
             json.dumps(list(a.tags), ensure_ascii=False), a.language, a.url, a.text, record, run_id, _now()),
        )
        with self.conn.cursor() as cur:
            for table, columns, rows in child_rows(a):
                if rows:
                    cols = ",".join(f'"{c}"' for c in columns)
                    marks = ",".join(["%s"] * len(columns))
                    cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    def upsert_learned(self, entries: Iterable[dict[str, Any]]) -> int:
        rows = [(e["id"], json.dumps(e, ensure_ascii=False)) for e in entries]
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.executemany("INSERT INTO kb_learned (id, data) VALUES (%s, %s)"
                            " ON CONFLICT (id) DO UPDATE SET data = excluded.data", rows)
        return len(rows)

    # -- reads ----------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id = %s", (article_id,)).fetchone()
        if row is None:
            prefix = article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            row = self.conn.execute("SELECT record FROM articles WHERE id LIKE %s ORDER BY id LIMIT 1",
                                    (prefix + "%",)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def articles(self, limit: int | None = None) -> Iterator[Article]:
        sql = "SELECT record FROM articles ORDER BY published IS NULL, published, id"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT %s"
            params = (limit,)
        with self.conn.transaction(), self.conn.cursor(name="marsad_articles") as cur:  # server-side: streams
            cur.execute(sql, params)
            for (record,) in cur:
                yield Article.from_dict(json.loads(record))

    def learned(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute("SELECT data FROM kb_learned ORDER BY id")]

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> Any:
            row = self.conn.execute(sql).fetchone()
            return row if row is not None else (None, None)

        count = {t: one(f"SELECT COUNT(*) FROM {t}")[0] for t in TABLES}
        span = one("SELECT MIN(published), MAX(published) FROM articles")
        outlets: dict[str, int] = {}
        for (raw,) in self.conn.execute("SELECT outlets FROM articles"):
            for name in json.loads(raw):
                outlets[name] = outlets.get(name, 0) + 1
        by_type = "SELECT type, COUNT(*) FROM {} GROUP BY type ORDER BY 2 DESC, 1"
        types: dict[str, int] = dict(self.conn.execute(by_type.format("events")))
        ents: dict[str, int] = dict(self.conn.execute(by_type.format("entities")))
        return {"counts": count, "published": {"first": span[0], "last": span[1]},
                "outlets": dict(sorted(outlets.items(), key=lambda kv: -kv[1])),
                "event_types": types, "entity_types": ents}

    def close(self) -> None:
        self.conn.close()


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, userpass = head.partition("//")
    return f"{scheme}//{userpass.split(':', 1)[0]}:***@{tail}"
