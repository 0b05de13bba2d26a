"""The embedded store: one SQLite file, migrations applied on open, one
transaction per batch (all of a batch or none of it), idempotent on the
article id."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from importlib import import_module, resources
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.records import Article
from marsad.store.base import Run
from marsad.store.rows import child_rows


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def migrations() -> list[tuple[str, str]]:
    """(name, SQL) of every bundled migration, in order."""
    folder = resources.files("marsad.store") / "migrations"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


class SQLiteStore:
    """Store articles and their extractions in one SQLite database."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise MarsadError(f"{self.path}: not a Marsad database ({exc})") from exc

    # -- schema ---------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
        for name, sql in migrations():
            if name in done:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- writes ---------------------------------------------------------------
    def write_batch(self, articles: Sequence[Article], run: Run) -> list[Article]:
        """Write the articles not yet stored, all in one transaction; return them."""
        run_id = run.id
        with self.transaction():
            new = [a for a in _unique(articles) if not self.has(a.id)]
            if not new:
                return []
            if run_id is None:
                cur = self.conn.execute("INSERT INTO runs (started_at, command) VALUES (?, ?)",
                                        (run.started_at, run.command))
                run_id = cur.lastrowid
            for article in new:
                self._insert(article, run_id)
            self.conn.execute("UPDATE runs SET finished_at = ?, articles_added = ? WHERE id = ?",
                              (_now(), run.added + len(new), run_id))
            _after_write(self.conn, new)
        run.id = run_id  # only once the transaction committed
        run.added += len(new)
        return new

    def has(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def _insert(self, a: Article, run_id: int | None) -> None:
        record = json.dumps(a.to_dict(), ensure_ascii=False)
        self.conn.execute(
            "INSERT INTO articles (id, source, part, title, published, outlets, tags, language, url, text,"
            " record, run_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.source, a.part, a.title, a.published, json.dumps(list(a.outlets), ensure_ascii=False),
             json.dumps(list(a.tags), ensure_ascii=False), a.language, a.url, a.text, record, run_id, _now()),
        )
        for table, columns, rows in child_rows(a):
            marks = ",".join("?" * len(columns))
            cols = ",".join(f'"{c}"' for c in columns)
            self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    def upsert_learned(self, entries: Iterable[dict[str, Any]]) -> int:
        rows = [(e["id"], json.dumps(e, ensure_ascii=False)) for e in entries]
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO kb_learned (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                rows)
        return len(rows)

    # -- reads ----------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT record FROM articles WHERE id LIKE ? || '%' LIMIT 2",
                                    (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def articles(self, limit: int | None = None) -> Iterator[Article]:
        sql = "SELECT record FROM articles ORDER BY published IS NULL, published, id"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        for (record,) in self.conn.execute(sql, params):
            yield Article.from_dict(json.loads(record))

    def learned(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute("SELECT data FROM kb_learned ORDER BY id")]

    def stats(self) -> dict[str, Any]:
        count = {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("articles", "entities", "events", "quotes", "times", "runs", "kb_learned")}
        span = self.conn.execute("SELECT MIN(published), MAX(published) FROM articles").fetchone()
        outlets: dict[str, int] = {}
        for (raw,) in self.conn.execute("SELECT outlets FROM articles"):
            for name in json.loads(raw):
                outlets[name] = outlets.get(name, 0) + 1
        types = dict(self.conn.execute("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC"))
        ents = dict(self.conn.execute("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY 2 DESC"))
        return {"counts": count, "published": {"first": span[0], "last": span[1]},
                "outlets": dict(sorted(outlets.items(), key=lambda kv: -kv[1])),
                "event_types": types, "entity_types": ents}

    def close(self) -> None:
        self.conn.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (nesting joins the outer one)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def _unique(articles: Sequence[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for a in articles:
        seen.setdefault(a.id, a)
    return list(seen.values())


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements (complete by sqlite3's own test)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        out.append(buf.strip())
    return out


def _after_write(conn: sqlite3.Connection, articles: list[Article]) -> None:
    """Index new articles into stories and search, inside the same transaction."""
    try:
        index = import_module("marsad.stories.index")
    except ModuleNotFoundError as exc:
        if exc.name in ("marsad.stories.index",):
            return
        raise
    index.update(conn, articles)
