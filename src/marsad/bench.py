"""``marsad bench``: articles per second per stage and in total, peak memory.

Pages are read and decoded first (timed apart as ``read``), then the whole
pipeline runs over them in this one process with a timer on every stage, so
the figures are ratios taken in one run on one input.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterable
from itertools import islice
from typing import Any

from marsad.ingest import read_pages
from marsad.pipeline import Pipeline, StageTimer


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(paths: Iterable[str], limit: int | None = None, repeat: int = 1,
              pipeline: Pipeline | None = None) -> dict[str, Any]:
    t0 = time.perf_counter()
    pages = list(islice(read_pages(list(paths)), limit))
    read_seconds = time.perf_counter() - t0
    pipeline = pipeline or Pipeline()
    pipeline.process_page(pages[0]) if pages else None  # load resources outside the timing
    pipeline.timer = StageTimer()
    articles = 0
    t1 = time.perf_counter()
    for _ in range(repeat):
        for page in pages:
            articles += len(pipeline.process_page(page))
    seconds = time.perf_counter() - t1
    total = sum(pipeline.timer.seconds.values()) or 1e-9
    stages = {name: {"seconds": s, "share": s / total, "articles_per_s": articles / s if s else 0.0}
              for name, s in pipeline.timer.seconds.items()}
    return {"pages": len(pages) * repeat, "articles": articles, "seconds": seconds,
            "articles_per_s": articles / seconds if seconds else 0.0, "read_seconds": read_seconds,
            "stages": stages, "peak_mib": peak_mib()}
