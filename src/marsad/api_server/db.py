"""Database access for the app: the store's migrations once at start, then one
short-lived SQLite connection per request (no connection shared between threads)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import MarsadError
from marsad.store import SQLiteStore, open_store


def sqlite_path(url: str) -> str:
    """The file a store URL names (``sqlite:///path`` or a plain path)."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if "://" in url:
        raise MarsadError(f"{url}: only SQLite databases are served for now (sqlite:///path or a path)")
    return url


class Database:
    """The served database: ``prepare`` applies the store's migrations, ``connect`` opens
    a connection for one request, ``store`` opens the store for a write."""

    def __init__(self, url: str) -> None:
        self.path = sqlite_path(url)

    def prepare(self) -> None:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        open_store(self.path).close()

    def connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def store(self) -> SQLiteStore:
        return open_store(self.path)

    def connection(self) -> Iterator[sqlite3.Connection]:
        """A FastAPI dependency: a read connection closed after the request."""
        conn = self.connect()
        try:
            yield conn
        finally:
            conn.close()
