"""Cluster N articles (the corpora repeated with variations) and report
throughput and memory. Articles are streamed in batches through
``marsad.stories.index.update`` into an on-disk database, one commit per batch,
the way the store's ingest calls it.

Usage: .venv/bin/python tools/stories/scale.py [N] [DB]
Each repetition shifts dates by 15 days (a later fortnight), drops one
paragraph in three, and wraps the text in different furniture, so some copies
are near-duplicates and later copies start new stories.
"""

from __future__ import annotations

import dataclasses
import resource
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from marsad.records import Article
from marsad.stories import index
from marsad.stories.corpus import read_folder, text_id
from marsad.stories.schema import create_schema, write_article

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
BATCH = 100


def variant(art: Article, k: int) -> Article:
    if k == 0:
        return art
    paras = [p for i, p in enumerate(art.text.split("\n")) if (i + k) % 3 or len(art.text) < 400]
    text = f"({k}) متابعة خاصة\n" + "\n".join(paras) + f"\nجميع الحقوق محفوظة - نسخة {k}"
    day = art.published
    if day:
        day = (date.fromisoformat(day) + timedelta(days=15 * k)).isoformat()
    return dataclasses.replace(art, id=text_id(text), text=text, published=day, source=f"{art.source}#{k}")


def articles(n: int) -> Iterator[Article]:
    base = list(read_folder(CORPUS / "ant-2018-03")) + list(read_folder(CORPUS / "ahdath"))
    count = 0
    k = 0
    while True:
        for art in base:
            if count >= n:
                return
            yield variant(art, k)
            count += 1
        k += 1


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    db = sys.argv[2] if len(sys.argv) > 2 else "/tmp/marsad-scale.db"
    Path(db).unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    create_schema(conn)
    conn.commit()
    start = time.time()
    batch: list[Article] = []
    done = 0
    for art in articles(n):
        batch.append(art)
        if len(batch) == BATCH:
            done += _flush(conn, batch)
            batch = []
            if done % 1000 == 0:
                el = time.time() - start
                print(
                    f"{done:6d} articles  {el:7.1f}s  {done / el:6.1f}/s  max RSS {rss_mb():6.1f} MB",
                    flush=True,
                )
    done += _flush(conn, batch)
    el = time.time() - start
    n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    n_dups = conn.execute("SELECT count(DISTINCT article_id) FROM duplicates").fetchone()[0]
    print(
        f"done: {done} articles in {el:.1f}s ({done / el:.1f}/s), {n_stories} stories,"
        f" {n_dups} articles with duplicates, max RSS {rss_mb():.1f} MB,"
        f" db {Path(db).stat().st_size >> 20} MB"
    )


def _flush(conn: sqlite3.Connection, batch: list[Article]) -> int:
    for art in batch:
        write_article(conn, art)
    index.update(conn, batch)
    conn.commit()
    return len(batch)


if __name__ == "__main__":
    main()
