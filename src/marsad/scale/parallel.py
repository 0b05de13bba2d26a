"""Local parallelism: a pool of worker processes over pages, in input order.

Each worker builds its own :class:`~marsad.pipeline.Pipeline` once (resources
load once per process). The parent reads pages lazily and keeps at most
``workers * inflight`` chunks of pages in flight, so memory stays flat however
large the input; results come back in input order and the store writes stay
in the parent, one transaction per batch, exactly as :func:`marsad.api.ingest`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.api import IngestReport
from marsad.errors import InputError
from marsad.pipeline import DEFAULT_ARTICLE_STAGES, Pipeline, Resources
from marsad.records import Article, Page
from marsad.store.base import Run, Store

_PIPELINE: Pipeline | None = None


@dataclass(frozen=True)
class PoolOptions:
    workers: int = 2
    stages: tuple[str, ...] = DEFAULT_ARTICLE_STAGES
    kb_paths: tuple[str, ...] = ()
    chunk: int = 8          # pages per task
    inflight: int = 4       # tasks in flight per worker


def _init(stages: tuple[str, ...], kb_paths: tuple[str, ...]) -> None:
    global _PIPELINE  # one pipeline per worker process, built once
    _PIPELINE = Pipeline(stages, Resources(kb_paths=kb_paths))


def _work(pages: list[Page]) -> tuple[list[list[Article] | tuple[str, str]], list[dict[str, Any]], int]:
    """Articles of each page (or the InputError's message), the worker's learned entries, its pid."""
    assert _PIPELINE is not None
    out: list[list[Article] | tuple[str, str]] = []
    for page in pages:
        try:
            out.append(_PIPELINE.process_page(page))
        except InputError as exc:
            out.append((exc.name, exc.reason))
    return out, _PIPELINE.resources.learned(), os.getpid()


def process_pages(pages: Iterable[Page], options: PoolOptions,
                  learned: dict[int, list[dict[str, Any]]] | None = None
                  ) -> Iterator[tuple[Page, list[Article] | tuple[str, str]]]:
    """``(page, articles)`` for every page in input order (``articles`` is the
    ``(name, reason)`` of an InputError when the page was refused).
    ``learned`` collects each worker's learned entries by pid."""
    # fork where the platform has it: workers start fast and also from a script read on stdin or a
    # notebook (spawn must re-import __main__); workers never touch the parent's database or threads
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    it = iter(pages)
    with ctx.Pool(options.workers, initializer=_init, initargs=(options.stages, options.kb_paths)) as pool:
        pending: deque[tuple[list[Page], Any]] = deque()
        limit = max(1, options.workers * options.inflight)
        while True:
            while len(pending) < limit:
                chunk = list(islice(it, options.chunk))
                if not chunk:
                    break
                pending.append((chunk, pool.apply_async(_work, (chunk,))))
            if not pending:
                break
            chunk, result = pending.popleft()
            results, entries, pid = result.get()
            if learned is not None:
                learned[pid] = entries
            yield from zip(chunk, results, strict=True)


def merge_learned(per_worker: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One list of learned entries from several workers' own (same id: counts add, lists join)."""
    merged: dict[str, dict[str, Any]] = {}
    for entries in per_worker:
        for e in entries:
            have = merged.get(e["id"])
            if have is None:
                merged[e["id"]] = dict(e, roles=list(e["roles"]), variants=list(e["variants"]),
                                       articles=list(e["articles"]))
                continue
            have["mentions"] += e["mentions"]
            for key, cap in (("roles", None), ("variants", None), ("articles", 50)):
                for v in e[key]:
                    if v not in have[key] and (cap is None or len(have[key]) < cap):
                        have[key].append(v)
    return sorted(merged.values(), key=lambda e: (-e["mentions"], e["name_ar"]))


def _read(names: list[str], published: str | None, outlets: tuple[str, ...], skip_errors: bool,
          report: IngestReport, on_file: Callable[[str], None] | None) -> Iterator[Page]:
    from marsad.ingest import read_one

    for name in names:
        try:
            yield from read_one(name, published=published, outlets=outlets)
        except InputError as exc:
            if not skip_errors:
                raise
            report.skipped.append(str(exc))
        if on_file:
            on_file(name)


def extract_parallel(paths: Iterable[str | Path], options: PoolOptions, *, published: str | None = None,
                     outlets: Iterable[str] = ()) -> Iterator[Article]:
    """Like :func:`marsad.api.extract`, over ``options.workers`` processes."""
    from marsad.ingest import expand_paths

    report = IngestReport()
    pages = _read(expand_paths(paths), published, tuple(outlets), False, report, None)
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

    report, run, batch = IngestReport(), Run(command), []
    learned: dict[int, list[dict[str, Any]]] = {}
    pages = _read(expand_paths(paths), published, tuple(outlets), skip_errors, report, on_file)
    for _page, articles in process_pages(pages, options, learned):
        if isinstance(articles, tuple):
            if not skip_errors:
                raise InputError(*articles)
            report.skipped.append(str(InputError(*articles)))
            continue
        report.pages += 1
        report.articles += len(articles)
        batch.extend(articles)
        if len(batch) >= batch_size:
            report.added += _flush(store, batch, run, learned)
            batch = []
    if batch:
        report.added += _flush(store, batch, run, learned)
    return report


def _flush(store: Store, batch: list[Article], run: Run, learned: dict[int, list[dict[str, Any]]]) -> int:
    new = store.write_batch(batch, run)
    entries = merge_learned(learned.values())
    if new and entries:
        store.upsert_learned(entries)
    return len(new)
