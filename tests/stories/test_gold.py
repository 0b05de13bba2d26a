"""Eval gate: story clustering against the gold over ant-2018-03 and ahdath."""

from __future__ import annotations

from pathlib import Path

from marsad.stories.evaluate import evaluate, read_gold
from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[1] / "gold" / "clusters.jsonl"


def test_gold_is_big_enough() -> None:
    gold = read_gold(GOLD)
    assert len(gold) >= 80
    stories = {s for s in gold.values()}
    assert sum(1 for s in stories if list(gold.values()).count(s) > 1) >= 10


def test_clustering_pairwise_f1_gate() -> None:
    corpus = shared_path("corpus")
    shared_path("corpus", "ant-2018-03")
    shared_path("corpus", "ahdath")
    score = evaluate(GOLD, corpus)
    assert score.f1 >= 0.80, score
