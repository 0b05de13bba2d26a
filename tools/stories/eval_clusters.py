"""Score story clustering against tests/gold/clusters.jsonl (pairwise P/R/F1).

Usage: .venv/bin/python tools/stories/eval_clusters.py [--sweep] [--pipeline]
--sweep     re-run with several join thresholds (how sensitive the score is; the
            default in marsad.stories.cluster is what ships)
--pipeline  cluster the output of the full pipeline (page stage, entities, events…)
            instead of the plain corpus readers (slower: about a minute)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from marsad.records import Article
from marsad.stories import cluster
from marsad.stories.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "clusters.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"


def pipeline_reader() -> object:
    from marsad.api import extract

    cache: dict[Path, list[Article]] = {}

    def read(folder: Path) -> list[Article]:
        if folder not in cache:
            arts = list(extract([folder]))
            cache[folder] = sorted(arts, key=lambda a: (a.published or "", Path(a.source).name))
        return cache[folder]

    return read


def main() -> None:
    thresholds = [0.2, 0.25, 0.3, 0.35] if "--sweep" in sys.argv else [cluster.THRESHOLD]
    reader = pipeline_reader() if "--pipeline" in sys.argv else None
    for t in thresholds:
        cluster.THRESHOLD = t
        start = time.time()
        s = evaluate(GOLD, CORPUS, reader)  # type: ignore[arg-type]
        print(
            f"threshold {t:.2f}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
            f" (gold pairs {s.gold_pairs}, predicted {s.predicted_pairs}, correct {s.correct_pairs})"
            f" {time.time() - start:.1f}s"
        )


if __name__ == "__main__":
    main()
