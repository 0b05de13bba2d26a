"""The library API: read pages, run the pipeline, get article records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.pipeline import DEFAULT_ARTICLE_STAGES, Pipeline, Resources
from marsad.records import Article, Page


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
