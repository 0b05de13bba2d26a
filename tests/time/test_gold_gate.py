"""Eval gate: the time stage on tests/gold/times.jsonl (33 hand-annotated articles).

Measured when written: relaxed span F1 1.00, strict 0.89, value accuracy 0.97 (this gold
served as development data; see tests/time/GOLD.md and the held-out figures there).
"""

from __future__ import annotations

import time
from pathlib import Path

from marsad.time.evaluate import Scores, corpus_article, locate, read_gold, score_document
from marsad.time.stage import find_times
from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[1] / "gold" / "times.jsonl"


def score(gold_path: Path) -> Scores:
    corpus = shared_path("corpus")
    scores = Scores()
    for obj in read_gold(gold_path):
        text = corpus_article(corpus, obj["source"], obj.get("part", 0))
        items = obj["times"]
        spans = locate(text, [t["text"] for t in items])
        assert None not in spans, f"gold text not found in {obj['source']}"
        gold = [(sp, it["value"], it["text"]) for sp, it in zip(spans, items, strict=True) if sp]
        score_document(scores, gold, find_times(text, obj.get("given_published") or obj["published"]))
    return scores


def test_gold_has_30_articles() -> None:
    assert len(read_gold(GOLD)) >= 30


def test_time_gold_gate() -> None:
    s = score(GOLD)
    assert s.value_accuracy >= 0.85, s.summary()
    assert s.relaxed_f1 >= 0.90, s.summary()
    assert s.strict_f1 >= 0.80, s.summary()


def test_speed() -> None:
    corpus = shared_path("corpus", "ant-2018-03")
    texts = [corpus_article(corpus, p.name, 0) for p in sorted(corpus.glob("*.txt"))[:200]]
    find_times(texts[0], "2018-03-01")
    t0 = time.perf_counter()
    for t in texts:
        find_times(t, "2018-03-01")
    rate = len(texts) / (time.perf_counter() - t0)
    assert rate >= 100, f"{rate:.0f} articles/s"
