"""Exports: JSON lines of the output contract, CSV tables."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from marsad.errors import MarsadError
from marsad.records import Article
from marsad.store.base import Store
from marsad.store.rows import child_rows

FORMATS = ("jsonl", "csv", "gdelt", "parquet")
TABLES = ("articles", "entities", "events", "quotes", "times")
ARTICLE_COLUMNS = ("id", "source", "part", "title", "published", "outlets", "tags", "language", "url",
                   "entities", "events", "quotes", "times", "text")


def article_row(a: Article) -> tuple[Any, ...]:
    return (a.id, a.source, a.part, a.title, a.published, "|".join(a.outlets), "|".join(a.tags), a.language,
            a.url, len(a.entities), len(a.events), len(a.quotes), len(a.times), a.text)


def write(store: Store, fh: TextIO, fmt: str, table: str = "articles") -> int:
    """Write every stored article to ``fh``; return how many."""
    n = 0
    if fmt == "gdelt":
        return write_gdelt(store, fh)
    if fmt == "parquet":
        raise MarsadError("parquet is written to a file: use write_parquet(store, path, table)")
    if fmt == "jsonl":
        for article in store.articles():
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.writer(fh)
    header_written = False
    for article in store.articles():
        if table == "articles":
            if not header_written:
                writer.writerow(ARTICLE_COLUMNS)
                header_written = True
            writer.writerow(article_row(article))
        else:
            for name, columns, rows in child_rows(article):
                if name != table:
                    continue
                if not header_written:
                    writer.writerow(columns)
                    header_written = True
                writer.writerows(rows)
        n += 1
    return n


def write_gdelt(store: Store, fh: TextIO) -> int:
    """The GDELT-style event table (tab-separated, with a header); return the number of events."""
    from marsad.gdelt import COLUMNS, event_rows

    writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for article in store.articles():
        for row in event_rows(article):
            writer.writerow(row)
            n += 1
    return n


def write_parquet(store: Store, path: str, table: str = "articles") -> int:
    """One table as a Parquet file (needs pyarrow: ``pip install 'marsad[parquet]'``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MarsadError("Parquet export needs pyarrow: pip install 'marsad[parquet]'") from exc
    columns: tuple[str, ...] = ARTICLE_COLUMNS
    rows: list[tuple[Any, ...]] = []
    for article in store.articles():
        if table == "articles":
            rows.append(article_row(article))
            continue
        for name, cols, child in child_rows(article):
            if name == table:
                columns, rows = cols, rows + child
    data = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
    pq.write_table(pa.table(data), path)
    return len(rows)
