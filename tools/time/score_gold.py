"""Score the time stage on tests/gold/times.jsonl; print the summary and the errors.

Usage: python tools/time/score_gold.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.time.evaluate import Scores, corpus_article, locate, read_gold, score_document
from marsad.time.stage import find_times

ROOT = Path(__file__).resolve().parents[2]


def run(gold_path: Path, corpus: Path) -> tuple[Scores, list[str]]:
    scores, problems = Scores(), []
    for obj in read_gold(gold_path):
        text = corpus_article(corpus, obj["source"], obj.get("part", 0))
        items = obj["times"]
        spans = locate(text, [t["text"] for t in items])
        gold = []
        for item, span in zip(items, spans, strict=True):
            if span is None:
                problems.append(f"{obj['source']}: gold text not found: {item['text']}")
                continue
            gold.append((span, item["value"], item["text"]))
        pred = find_times(text, obj.get("given_published") or obj.get("published"))
        score_document(scores, gold, pred, doc=Path(obj["source"]).name)
    return scores, problems


if __name__ == "__main__":
    s, probs = run(ROOT / "tests" / "gold" / "times.jsonl", ROOT.parent / "shared" / "corpus")
    print(s.summary(), "problems:", probs)
    if "--errors" in sys.argv:
        for m in s.misses:
            print(m)
