"""The pipeline: a page goes in, articles come out, each stage in order.

Two kinds of stage:

* the page stage (``page/v1``) turns one :class:`~marsad.records.Page` into
  clean :class:`~marsad.records.Article` records (HTML extraction, furniture
  removal, splitting, metadata);
* article stages take an ``Article`` and return a new one (``times/v1``,
  ``entities/v1``, ``events/v1``, ``quotes/v1`` …).

Stages are named with a version and resolved from a table of import paths, so
nothing is imported or loaded until a pipeline is built; plugins add stages
through the ``marsad.stages`` entry-point group. A stage factory receives the
shared :class:`Resources` so that big resources (the knowledge base) are
loaded once per process.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Protocol

from marsad.errors import MarsadError
from marsad.records import Article, Page


class ArticleStage(Protocol):
    name: str

    def __call__(self, article: Article) -> Article: ...


class PageStage(Protocol):
    name: str

    def __call__(self, page: Page) -> list[Article]: ...


# name -> "module:factory"; the factory is called with a Resources object.
BUILTIN_STAGES: dict[str, str] = {
    "page/v1": "marsad.clean.page:PageCleaner",
    "times/v1": "marsad.time.stage:TimeStage",
    "entities/v1": "marsad.entities.stage:EntityStage",
    "events/v1": "marsad.events.stage:EventStage",
    "quotes/v1": "marsad.events.quotes:QuoteStage",
}

DEFAULT_ARTICLE_STAGES: tuple[str, ...] = ("times/v1", "entities/v1", "quotes/v1", "events/v1")


@dataclass
class Resources:
    """Loaded-once resources shared by the stages of one pipeline.

    ``kb_paths`` are extra knowledge-base TSV files a user loads beside the
    bundled one. Stages fetch what they need with :meth:`get`, which builds
    each resource on first use and keeps it for the life of the pipeline.
    """

    kb_paths: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def get(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def learned(self) -> list[dict[str, Any]]:
        """Knowledge-base entries the entity stage learned so far (see ``kb.learned``)."""
        learner = self._cache.get("kb.learned")
        return list(learner.entries()) if learner is not None else []

    def seed_learned(self, entries: list[dict[str, Any]]) -> None:
        """Start from entries learned in earlier runs (read back from a store), so that
        learned ids and counts carry on across runs."""
        learner = self._cache.get("kb.learned")
        if learner is not None and entries:
            learner.load(entries)


def available_stages() -> dict[str, str]:
    """Built-in stages plus those that installed plugins declare."""
    table = dict(BUILTIN_STAGES)
    for ep in entry_points(group="marsad.stages"):
        table[ep.name] = ep.value
    return table


class StageError(MarsadError):
    """A registered stage whose module or factory is missing (a broken install or plugin)."""


def load_stage(name: str, resources: Resources) -> Any:
    table = available_stages()
    if name not in table:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(sorted(table))}")
    module_name, _, attr = table[name].partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ModuleNotFoundError, AttributeError) as exc:
        raise StageError(f"stage {name!r} cannot be loaded from {table[name]}: {exc}") from exc
    return factory(resources)


@dataclass
class StageTimer:
    """Seconds and calls per stage, for ``marsad bench``."""

    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.calls[name] = self.calls.get(name, 0) + 1


class Pipeline:
    """Page in, articles out. Build once, call many times."""

    def __init__(
        self,
        stages: Iterable[str] = DEFAULT_ARTICLE_STAGES,
        resources: Resources | None = None,
        page_stage: str = "page/v1",
    ) -> None:
        self.resources = resources or Resources()
        self.page_stage: PageStage = load_stage(page_stage, self.resources)
        self.stages: list[tuple[str, ArticleStage]] = [(name, load_stage(name, self.resources)) for name in stages]
        self.timer: StageTimer | None = None

    @property
    def stage_names(self) -> list[str]:
        return [self.page_stage.name] + [name for name, _ in self.stages]

    def split(self, page: Page) -> list[Article]:
        """The page stage alone: the page's clean articles, before any article stage."""
        articles: list[Article] = self._timed(self.page_stage.name, self.page_stage, page)
        return articles

    def process_page(self, page: Page) -> list[Article]:
        return [self.process_article(a) for a in self.split(page)]

    def process_article(self, article: Article) -> Article:
        for name, stage in self.stages:
            article = self._timed(name, stage, article)
        return article

    def run(self, pages: Iterable[Page]) -> Iterator[Article]:
        for page in pages:
            yield from self.process_page(page)

    def _timed(self, name: str, fn: Callable[[Any], Any], arg: Any) -> Any:
        if self.timer is None:
            return fn(arg)
        t0 = time.perf_counter()
        out = fn(arg)
        self.timer.add(name, time.perf_counter() - t0)
        return out
