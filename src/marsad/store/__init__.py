"""Stores: SQLite (embedded default) and PostgreSQL behind one Protocol."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.store.base import Run, Store
from marsad.store.sqlite import SQLiteStore

__all__ = ["Run", "SQLiteStore", "Store", "open_store"]

PG_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str | Path = "marsad.db") -> Any:
    """Open the store a path or URL names: a plain path or ``sqlite:///path`` (SQLite),
    ``postgresql://user@host:port/db`` (PostgreSQL, needs ``marsad[postgres]``)."""
    s = str(url)
    if s.startswith(PG_SCHEMES):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(s)
    if s.startswith("sqlite:///"):
        s = s[len("sqlite:///"):]
    elif "://" in s:
        raise MarsadError(f"{s}: unsupported store URL (use a SQLite path, sqlite:///path or postgresql://…)")
    return SQLiteStore(s)
