"""Stores: SQLite (embedded default) behind one Protocol."""

from __future__ import annotations

from pathlib import Path

from marsad.errors import MarsadError
from marsad.store.base import Run, Store
from marsad.store.sqlite import SQLiteStore

__all__ = ["Run", "SQLiteStore", "Store", "open_store"]


def open_store(url: str | Path = "marsad.db") -> SQLiteStore:
    """Open the store a path or URL names (``sqlite:///path`` or a plain path)."""
    s = str(url)
    if s.startswith("sqlite:///"):
        s = s[len("sqlite:///"):]
    elif "://" in s:
        raise MarsadError(f"{s}: unsupported store URL (use a SQLite path or sqlite:///path)")
    return SQLiteStore(s)
