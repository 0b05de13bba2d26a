"""Score story clustering against tests/gold/clusters.jsonl (pairwise P/R/F1).

Usage: .venv/bin/python tools/stories/eval_clusters.py [--sweep] [--pipeline]
--sweep     re-run with several join thresholds (how sensitive the score is; the
            default in marsad.stories.cluster is what ships)
--pipeline  cluster the output of the full pipeline (page stage, entities, events…)
            instead of the plain corpus readers (slower: about a minute)
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from marsad.records import Article
from marsad.stories import cluster
from marsad.stories.evaluate import cluster_corpora, pairwise, read_gold

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
    gold = read_gold(GOLD)
    names = sorted({c for c, _ in gold})
    for t in thresholds:
        cluster.THRESHOLD = t
        start = time.time()
        pred = cluster_corpora(sqlite3.connect(":memory:"), CORPUS, names, reader)  # type: ignore[arg-type]
        for subset in [None, *names]:
            g = {f"{c}/{f}": s for (c, f), s in gold.items() if subset in (None, c)}
            p = {f"{c}/{f}": s for (c, f), s in pred.items() if subset in (None, c)}
            s = pairwise(g, p)
            print(
                f"threshold {t:.2f} {subset or 'all':12s}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
                f" (gold pairs {s.gold_pairs}, predicted {s.predicted_pairs}, correct {s.correct_pairs})"
            )
        print(f"  {time.time() - start:.1f}s")


if __name__ == "__main__":
    main()
