"""The hook the store calls after writing a batch of articles.

``update(conn, articles)`` runs, for each article not yet indexed: duplicate
detection, story assignment, the full-text row and event merging. It is
incremental and idempotent (an article already in ``story_members`` is
skipped) and never commits: the caller owns the transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from marsad.records import Article
from marsad.stories import cluster, dedup, events, search


def is_indexed(conn: sqlite3.Connection, article_id: str) -> bool:
    return conn.execute("SELECT 1 FROM story_members WHERE article_id = ?", (article_id,)).fetchone() is not None


def index_article(conn: sqlite3.Connection, art: Article) -> str:
    """Index one new article; returns its story id."""
    fp = dedup.fingerprint(art.text)
    matches = dedup.find_duplicates(conn, art.id, fp)
    counts = cluster.raw_counts(art)
    cluster.add_document_frequencies(conn, list(counts))
    vec = cluster.vectorize(conn, counts)
    day = cluster.article_date(art)
    assignment = cluster.assign(conn, art, vec, day, matches[0].article_id if matches else None)
    conn.execute(
        "INSERT INTO story_members (article_id, story_id, date, outlets, norm_hash, n_shingles, minhash,"
        " vector, similarity) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            art.id,
            assignment.story_id,
            day,
            json.dumps(list(art.outlets), ensure_ascii=False),
            fp.norm_hash,
            fp.n_shingles,
            fp.blob(),
            json.dumps(vec, ensure_ascii=False),
            assignment.similarity,
        ),
    )
    dedup.record(conn, art.id, fp, matches)
    search.index_article(conn, art)
    events.merge_events(conn, art, assignment.story_id, day)
    return assignment.story_id


def update(conn: sqlite3.Connection, articles: Iterable[Article]) -> None:
    """Dedup, cluster, index for search and merge events for new articles (no commit)."""
    seen: set[str] = set()
    for art in articles:
        if art.id in seen or is_indexed(conn, art.id):
            continue
        seen.add(art.id)
        index_article(conn, art)
