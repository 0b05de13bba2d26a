"""Local parallelism: a pool of worker processes, results in input order.

Each worker builds its own :class:`~marsad.pipeline.Pipeline` once (resources
load once per process). The parent reads pages lazily and keeps at most
``workers * inflight`` chunks in flight, so memory stays flat however large
the input; results come back in input order and the store writes stay in the
parent, one transaction per batch, exactly as :func:`marsad.api.ingest`:
the parent splits pages into articles (the page stage), drops those already
stored, and the workers run the article stages on the rest. Learned
knowledge-base entries are seeded from the store into every worker and merged
back (each worker's new mentions add up).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from marsad.api import IngestReport, fresh_articles, read_reporting, write_batches
from marsad.errors import InputError
from marsad.pipeline import DEFAULT_ARTICLE_STAGES, Pipeline, Resources
from marsad.records import Article, Page
from marsad.store.base import Run, Store

_PIPELINE: Pipeline | None = None
T = TypeVar("T")
R = TypeVar("R")
Learned = dict[int, list[dict[str, Any]]]


@dataclass(frozen=True)
class PoolOptions:
    workers: int = 2
    stages: tuple[str, ...] = DEFAULT_ARTICLE_STAGES
    kb_paths: tuple[str, ...] = ()
    chunk: int = 8          # pages (or articles) per task
    inflight: int = 4       # tasks in flight per worker


def _init(stages: tuple[str, ...], kb_paths: tuple[str, ...], seed: list[dict[str, Any]]) -> None:
    global _PIPELINE  # one pipeline per worker process, built once
    _PIPELINE = Pipeline(stages, Resources(kb_paths=kb_paths))
    _PIPELINE.resources.seed_learned(seed)


def _work_pages(pages: list[Page]) -> tuple[list[list[Article] | tuple[str, str]], list[dict[str, Any]], int]:
    """Articles of each page (or the InputError's name and reason), the worker's learned entries, its pid."""
    assert _PIPELINE is not None
    out: list[list[Article] | tuple[str, str]] = []
    for page in pages:
        try:
            out.append(_PIPELINE.process_page(page))
        except InputError as exc:
            out.append((exc.name, exc.reason))
    return out, _PIPELINE.resources.learned(), os.getpid()


def _work_articles(articles: list[Article]) -> tuple[list[Article], list[dict[str, Any]], int]:
    assert _PIPELINE is not None
    return [_PIPELINE.process_article(a) for a in articles], _PIPELINE.resources.learned(), os.getpid()


def _ordered(items: Iterable[T], work: Callable[[list[T]], tuple[list[R], list[dict[str, Any]], int]],
             options: PoolOptions, learned: Learned | None, seed: list[dict[str, Any]]) -> Iterator[tuple[T, R]]:
    """``(item, result)`` in input order, at most ``workers * inflight`` chunks in flight."""
    # fork where the platform has it: workers start fast and also from a script read on stdin or a
    # notebook (spawn must re-import __main__); workers never touch the parent's database or threads
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    it = iter(items)
    initargs = (options.stages, options.kb_paths, seed)
    with ctx.Pool(options.workers, initializer=_init, initargs=initargs) as pool:
        pending: deque[tuple[list[T], Any]] = deque()
        limit = max(1, options.workers * options.inflight)
        while True:
            while len(pending) < limit:
                chunk = list(islice(it, options.chunk))
                if not chunk:
                    break
                pending.append((chunk, pool.apply_async(work, (chunk,))))
            if not pending:
                break
            chunk, result = pending.popleft()
            results, entries, pid = result.get()
            if learned is not None:
                learned[pid] = entries
            yield from zip(chunk, results, strict=True)


def process_pages(pages: Iterable[Page], options: PoolOptions, learned: Learned | None = None
                  ) -> Iterator[tuple[Page, list[Article] | tuple[str, str]]]:
    """``(page, articles)`` for every page in input order (``articles`` is the
    ``(name, reason)`` of an InputError when the page was refused).
    ``learned`` collects each worker's learned entries by pid."""
    return _ordered(pages, _work_pages, options, learned, [])


def merge_learned(per_worker: Iterable[list[dict[str, Any]]],
                  seed: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """One list of learned entries from several workers' own (same id: counts add, lists join).
    Every worker started from ``seed``: its mentions count once."""
    base = {e["id"]: int(e.get("mentions", 0)) for e in seed}
    merged: dict[str, dict[str, Any]] = {}
    for entries in per_worker:
        for e in entries:
            have = merged.get(e["id"])
            if have is None:
                merged[e["id"]] = dict(e, roles=list(e["roles"]), variants=list(e["variants"]),
                                       articles=list(e["articles"]))
                continue
            have["mentions"] += e["mentions"] - base.get(e["id"], 0)
            for key, cap in (("roles", None), ("variants", None), ("articles", 50)):
                for v in e[key]:
                    if v not in have[key] and (cap is None or len(have[key]) < cap):
                        have[key].append(v)
    return sorted(merged.values(), key=lambda e: (-e["mentions"], e["name_ar"]))


def extract_parallel(paths: Iterable[str | Path], options: PoolOptions, *, published: str | None = None,
                     outlets: Iterable[str] = ()) -> Iterator[Article]:
    """Like :func:`marsad.api.extract`, over ``options.workers`` processes."""
    from marsad.ingest import expand_paths

    report = IngestReport()
    pages = read_reporting(expand_paths(paths), published, tuple(outlets), False, report, None)
    for _page, articles in process_pages(pages, options):
        if isinstance(articles, tuple):
            raise InputError(*articles)
        yield from articles


def ingest_parallel(paths: Iterable[str | Path], store: Store, options: PoolOptions, *,
                    published: str | None = None, outlets: Iterable[str] = (), batch_size: int = 200,
                    skip_errors: bool = False, command: str = "ingest",
                    on_file: Callable[[str], None] | None = None) -> IngestReport:
    """Like :func:`marsad.api.ingest` (same batches, same order, same report), over worker processes."""
    from marsad.ingest import expand_paths

    report, seed = IngestReport(), store.learned()
    learned: Learned = {}
    splitter = Pipeline(stages=(), resources=Resources(kb_paths=options.kb_paths))
    pages = read_reporting(expand_paths(paths), published, tuple(outlets), skip_errors, report, on_file)
    fresh = fresh_articles(pages, splitter, store, skip_errors, report)
    done = (d for _article, d in _ordered(fresh, _work_articles, options, learned, seed))
    return write_batches(done, store, Run(command), batch_size, report,
                         lambda: merge_learned(learned.values(), seed))
