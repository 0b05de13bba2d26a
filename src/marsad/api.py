"""The library API: read pages, run the pipeline, get article records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

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
    stored (same id) are not written again.
    """
    from marsad.errors import InputError
    from marsad.ingest import expand_paths, read_one

    pipeline = pipeline or Pipeline()
    pipeline.resources.seed_learned(store.learned())
    report, run = IngestReport(), Run(command)
    batch: list[Article] = []
    seen: set[str] = set()
    for name in expand_paths(paths):
        try:
            articles = [a for page in read_one(name, published=published, outlets=tuple(outlets))
                        for a in _count(pipeline.split(page), report)]
        except InputError as exc:
            if not skip_errors:
                raise
            report.skipped.append(str(exc))
            articles = []
        # articles already stored are not analysed again: re-running the same input is cheap
        fresh = [a for a in articles if a.id not in seen and not store.has(a.id)]
        seen.update(a.id for a in fresh)
        batch.extend(pipeline.process_article(a) for a in fresh)
        if on_file:
            on_file(name)
        if len(batch) >= batch_size:
            report.added += _flush(store, batch, run, pipeline)
            batch = []
    if batch:
        report.added += _flush(store, batch, run, pipeline)
    return report


def _count(articles: list[Article], report: IngestReport) -> list[Article]:
    report.pages += 1
    report.articles += len(articles)
    return articles


def _flush(store: Store, batch: list[Article], run: Run, pipeline: Pipeline) -> int:
    new = store.write_batch(batch, run)
    learned = pipeline.resources.learned()
    if new and learned:
        store.upsert_learned(learned)
    return len(new)
