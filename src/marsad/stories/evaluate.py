"""Pairwise precision/recall/F1 of a clustering against a gold clustering.

A pair of gold articles is positive when the gold puts them in one story;
predicted positive when the system does. Only pairs of articles in the gold
count, so the system may cluster the rest of the corpus however it likes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from marsad.records import Article
from marsad.stories import index
from marsad.stories.corpus import read_folder
from marsad.stories.schema import create_schema, write_article

Reader = Callable[[Path], list[Article]]


@dataclass(frozen=True, slots=True)
class PairScore:
    precision: float
    recall: float
    f1: float
    gold_pairs: int
    predicted_pairs: int
    correct_pairs: int


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> PairScore:
    """Score ``predicted`` (key -> cluster) against ``gold`` (key -> story) over gold keys."""
    keys = sorted(k for k in gold if k in predicted)
    g = p = c = 0
    for a, b in combinations(keys, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted[a] == predicted[b]
        g += same_gold
        p += same_pred
        c += same_gold and same_pred
    precision = c / p if p else 1.0
    recall = c / g if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(round(precision, 4), round(recall, 4), round(f1, 4), g, p, c)


def read_gold(path: Path) -> dict[tuple[str, str], str]:
    """(corpus, file) -> story label from a clusters.jsonl gold file."""
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["corpus"], row["file"])] = row["story"]
    return out


def cluster_corpora(
    conn: sqlite3.Connection, corpus_root: Path, names: list[str], reader: Reader | None = None
) -> dict[tuple[str, str], str]:
    """Ingest and cluster whole corpus folders; (corpus, file name) -> story id.

    ``reader`` turns a folder into articles (default: the plain corpus readers; pass a
    function over :func:`marsad.api.extract` to cluster the pipeline's output)."""
    create_schema(conn)
    read = reader or (lambda folder: list(read_folder(folder)))
    files: dict[tuple[str, str], str] = {}  # (corpus, file) -> article id
    for name in names:
        arts = read(corpus_root / name)
        for art in arts:
            write_article(conn, art)
            files[(name, Path(art.source.split("#")[0]).name)] = art.id
        index.update(conn, arts)
    story_of = dict(conn.execute("SELECT article_id, story_id FROM story_members").fetchall())
    return {key: story_of[aid] for key, aid in files.items() if aid in story_of}


def evaluate(gold_path: Path, corpus_root: Path, reader: Reader | None = None) -> PairScore:
    gold = read_gold(gold_path)
    names = sorted({c for c, _ in gold})
    predicted = cluster_corpora(sqlite3.connect(":memory:"), corpus_root, names, reader)
    return pairwise({f"{c}/{f}": s for (c, f), s in gold.items()}, {f"{c}/{f}": s for (c, f), s in predicted.items()})
