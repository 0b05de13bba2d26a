"""Profile the pipeline (cProfile) over some pages and print the hot spots.

    python tools/scale/profile_pipeline.py ../shared/corpus/ant-2018-03 --limit 200

Resources are loaded before profiling starts; prints the functions with the
most own time, and the cumulative time of each stage's entry point.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.ingest import read_pages  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    pages = list(islice(read_pages(args.paths), args.limit))
    pipeline = Pipeline()
    pipeline.process_page(pages[0])
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    n = sum(len(pipeline.process_page(p)) for p in pages)
    prof.disable()
    s = time.perf_counter() - t0
    print(f"{n} articles in {s:.1f} s under the profiler ({n / s:.1f}/s)")
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(args.top)
    print("stage entry points (cumulative):")
    stats.sort_stats("cumulative").print_stats(r"__call__", len(pipeline.stages) + 4)


if __name__ == "__main__":
    main()
