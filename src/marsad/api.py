"""The library API: read pages, run the pipeline, get article records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.pipeline import DEFAULT_ARTICLE_STAGES, Pipeline, Resources
from marsad.records import Article, Page
from marsad.store.base import Run, Store


def extract_text(
    text: str,
    *,
    source: str = "<text>",
    html: bool = False,
    published: str | None = None,
    outlets: Iterable[str] = (),
    pipeline: Pipeline | None = None,
) -> list[Article]:
    """Articles found in one page given as a string."""
    page = Page(
        source=source,
        body=text,
        kind="html" if html else "text",
        default_published=published,
        default_outlets=tuple(outlets),
    )
    return (pipeline or Pipeline()).process_page(page)


def extract(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    outlets: Iterable[str] = (),
    stages: Iterable[str] = DEFAULT_ARTICLE_STAGES,
    kb_paths: Iterable[str] = (),
) -> Iterator[Article]:
    """Articles from files, directories or URLs, one pipeline for them all."""
    from marsad.ingest import read_pages

    pipeline = Pipeline(stages, Resources(kb_paths=tuple(kb_paths)))
    pages = read_pages(paths, published=published, outlets=tuple(outlets))
    return pipeline.run(pages)


@dataclass
class IngestReport:
    pages: int = 0
    articles: int = 0
    added: int = 0
    skipped: list[str] = field(default_factory=list)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: str | None = None,
    outlets: Iterable[str] = (),
    pipeline: Pipeline | None = None,
    batch_size: int = 200,
    skip_errors: bool = False,
    command: str = "ingest",
    on_file: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read, extract and store; each batch of articles is one transaction.

    A bad input raises :class:`~marsad.errors.InputError` before its batch is
    written (earlier batches stay, complete), unless ``skip_errors`` is set,
    in which case it is listed in the report's ``skipped``. Articles already
    stored (same id) are not written again, nor analysed again: re-running the
    same input is cheap.
    """
    from marsad.ingest import expand_paths

    pipeline = pipeline or Pipeline()
    pipeline.resources.seed_learned(store.learned())
    report = IngestReport()
    pages = read_reporting(expand_paths(paths), published, tuple(outlets), skip_errors, report, on_file)
    fresh = fresh_articles(pages, pipeline, store, skip_errors, report)
    done = (pipeline.process_article(a) for a in fresh)
    return write_batches(done, store, Run(command), batch_size, report, pipeline.resources.learned)


def read_reporting(names: Iterable[str], published: str | None, outlets: tuple[str, ...], skip_errors: bool,
                   report: IngestReport, on_file: Callable[[str], None] | None) -> Iterator[Page]:
    """The pages of every input; a refused input is raised, or listed in ``report.skipped``."""
    from marsad.errors import InputError
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


def fresh_articles(pages: Iterable[Page], splitter: Pipeline, store: Store, skip_errors: bool,
                   report: IngestReport) -> Iterator[Article]:
    """The articles of the pages (page stage only) not yet stored nor seen earlier in this run."""
    from marsad.errors import InputError

    seen: set[str] = set()
    for page in pages:
        try:
            articles = splitter.split(page)
        except InputError as exc:
            if not skip_errors:
                raise
            report.skipped.append(str(exc))
            continue
        report.pages += 1
        report.articles += len(articles)
        for a in articles:
            if a.id not in seen and not store.has(a.id):
                seen.add(a.id)
                yield a


def write_batches(done: Iterable[Article], store: Store, run: Run, batch_size: int, report: IngestReport,
                  learned: Callable[[], list[dict[str, Any]]]) -> IngestReport:
    """Store analysed articles, one transaction per ``batch_size``; learned entries go with each batch."""
    batch: list[Article] = []
    for article in done:
        batch.append(article)
        if len(batch) >= batch_size:
            report.added += _flush(store, batch, run, learned)
            batch = []
    if batch:
        report.added += _flush(store, batch, run, learned)
    return report


def _flush(store: Store, batch: list[Article], run: Run, learned: Callable[[], list[dict[str, Any]]]) -> int:
    new = store.write_batch(batch, run)
    entries = learned() if new else []
    if entries:
        store.upsert_learned(entries)
    return len(new)
