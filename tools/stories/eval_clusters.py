"""Score story clustering against tests/gold/clusters.jsonl (pairwise P/R/F1).

Usage: .venv/bin/python tools/stories/eval_clusters.py [--sweep]
--sweep re-runs with several join thresholds (for reporting how sensitive the
score is; the default in marsad.stories.cluster is what ships).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from marsad.stories import cluster
from marsad.stories.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "clusters.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> None:
    thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45] if "--sweep" in sys.argv else [cluster.THRESHOLD]
    for t in thresholds:
        cluster.THRESHOLD = t
        start = time.time()
        s = evaluate(GOLD, CORPUS)
        print(
            f"threshold {t:.2f}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
            f" (gold pairs {s.gold_pairs}, predicted {s.predicted_pairs}, correct {s.correct_pairs})"
            f" {time.time() - start:.1f}s"
        )


if __name__ == "__main__":
    main()
