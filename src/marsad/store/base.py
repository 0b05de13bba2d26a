"""What every store offers (SQLite now; PostgreSQL behind the same Protocol)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from marsad.records import Article


@dataclass
class Run:
    """One ingest run. It is written to the store only once it adds something,
    so re-running the same input leaves the database exactly as it was."""

    command: str
    started_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    id: int | None = None
    added: int = 0


class Store(Protocol):
    def write_batch(self, articles: Sequence[Article], run: Run) -> list[Article]: ...

    def has(self, article_id: str) -> bool: ...

    def upsert_learned(self, entries: Iterable[dict[str, Any]]) -> int: ...

    def article(self, article_id: str) -> Article | None: ...

    def articles(self, limit: int | None = None) -> Iterator[Article]: ...

    def learned(self) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...
