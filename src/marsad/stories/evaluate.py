"""Pairwise precision/recall/F1 of a clustering against a gold clustering.

A pair of gold articles is positive when the gold puts them in one story;
predicted positive when the system does. Only pairs of articles in the gold
count, so the system may cluster the rest of the corpus however it likes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from marsad.records import Article
from marsad.stories import index
from marsad.stories.corpus import read_folder
from marsad.stories.schema import create_schema, write_article


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
    conn: sqlite3.Connection, corpus_root: Path, names: list[str]
) -> dict[tuple[str, str], str]:
    """Ingest and cluster whole corpus folders; (corpus, file) -> story id."""
    create_schema(conn)
    keys: dict[str, tuple[str, str]] = {}
    for name in names:
        arts: list[Article] = list(read_folder(corpus_root / name))
        for art in arts:
            write_article(conn, art)
            keys.setdefault(art.id, (name, Path(art.source).name))
        index.update(conn, arts)
    out: dict[tuple[str, str], str] = {}
    for aid, sid in conn.execute("SELECT article_id, story_id FROM story_members"):
        if aid in keys:
            out[keys[aid]] = sid
    # Articles whose text repeats another's share its id: give them the same story.
    for name in names:
        for art in read_folder(corpus_root / name):
            key = (name, Path(art.source).name)
            if key not in out and art.id in keys:
                out[key] = out[keys[art.id]]
    return out


def evaluate(gold_path: Path, corpus_root: Path) -> PairScore:
    gold = read_gold(gold_path)
    names = sorted({c for c, _ in gold})
    predicted = cluster_corpora(sqlite3.connect(":memory:"), corpus_root, names)
    return pairwise(
        {f"{c}/{f}": s for (c, f), s in gold.items()}, {f"{c}/{f}": s for (c, f), s in predicted.items()}
    )
