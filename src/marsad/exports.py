"""Exports: JSON lines of the output contract, CSV tables."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from marsad.records import Article
from marsad.store.base import Store
from marsad.store.rows import child_rows

FORMATS = ("jsonl", "csv")
TABLES = ("articles", "entities", "events", "quotes", "times")
ARTICLE_COLUMNS = ("id", "source", "part", "title", "published", "outlets", "tags", "language", "url",
                   "entities", "events", "quotes", "times", "text")


def article_row(a: Article) -> tuple[Any, ...]:
    return (a.id, a.source, a.part, a.title, a.published, "|".join(a.outlets), "|".join(a.tags), a.language,
            a.url, len(a.entities), len(a.events), len(a.quotes), len(a.times), a.text)


def write(store: Store, fh: TextIO, fmt: str, table: str = "articles") -> int:
    """Write every stored article to ``fh``; return how many."""
    n = 0
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
