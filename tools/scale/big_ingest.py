"""Ingest a large archive with worker processes and log rate and memory as it goes.

    python tools/scale/big_ingest.py /tmp/archive.jsonl --db /tmp/big.db --workers 2

Every ``--every`` articles it prints: articles stored, seconds, articles per
second, and resident memory (MiB) of the parent and of parent + workers
together (from /proc), plus the peaks so far.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.records import Article  # noqa: E402
from marsad.scale.parallel import PoolOptions, ingest_parallel  # noqa: E402
from marsad.store import Run, open_store  # noqa: E402


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mib(pid: int) -> float:
    total = rss_mib(pid)
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            children = fh.read().split()
    except OSError:
        children = []
    return total + sum(tree_rss_mib(int(c)) for c in children)


class Logging:
    """A store wrapper that reports progress at every batch."""

    def __init__(self, store: Any, every: int) -> None:
        self.store, self.every, self.t0 = store, every, time.perf_counter()
        self.seen, self.next, self.peak_parent, self.peak_tree = 0, every, 0.0, 0.0

    def write_batch(self, articles: Sequence[Article], run: Run) -> list[Article]:
        new: list[Article] = self.store.write_batch(articles, run)
        self.seen += len(articles)
        parent, tree = rss_mib(os.getpid()), tree_rss_mib(os.getpid())
        self.peak_parent, self.peak_tree = max(self.peak_parent, parent), max(self.peak_tree, tree)
        if self.seen >= self.next:
            s = time.perf_counter() - self.t0
            print(f"{self.seen} articles {s:.0f}s {self.seen / s:.1f}/s parent {parent:.0f} MiB "
                  f"all {tree:.0f} MiB (peaks {self.peak_parent:.0f} / {self.peak_tree:.0f})", flush=True)
            self.next += self.every
        return new

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--db", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=2000)
    args = parser.parse_args()
    store = Logging(open_store(args.db), args.every)
    t0 = time.perf_counter()
    report = ingest_parallel(args.paths, store, PoolOptions(workers=args.workers), command="big_ingest")
    s = time.perf_counter() - t0
    print(f"done: {report.pages} pages, {report.articles} articles, {report.added} added in {s:.0f}s "
          f"({report.articles / s:.1f}/s); peak parent {store.peak_parent:.0f} MiB, "
          f"peak parent+workers {store.peak_tree:.0f} MiB", flush=True)
    store.close()


if __name__ == "__main__":
    main()
