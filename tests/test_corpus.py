"""Every corpus file goes through ingest with no error, and a second run adds nothing."""

from pathlib import Path

import pytest

from marsad.api import ingest
from marsad.pipeline import Pipeline
from marsad.store import open_store
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("folder, expected", [("ahdath", 357), ("ant-2018-03", 1262), ("heideltime-ar", 50)])
def test_corpus_ingests_cleanly_and_idempotently(tmp_path: Path, pipeline: Pipeline, folder: str,
                                                 expected: int) -> None:
    corpus = shared_path("corpus", folder)
    store = open_store(tmp_path / "m.db")
    try:
        first = ingest([corpus], store, pipeline=pipeline)
        second = ingest([corpus], store, pipeline=pipeline)
        assert first.pages == expected and not first.skipped
        assert first.added == first.articles - _duplicates(store, first.articles)
        assert second.added == 0
        stats = store.stats()
    finally:
        store.close()
    if folder == "ant-2018-03":
        assert stats["published"]["first"] == "2018-03-01" and stats["published"]["last"] <= "2018-03-16"
        # every article credits the outlet its <SRC> names (files with identical text share one id)
        five = ("Al Arabiya", "BBC Arabic", "CNN Arabic", "France 24", "Sky News Arabia")
        assert sum(stats["outlets"][name] for name in five) >= stats["counts"]["articles"]
    if folder == "ahdath":
        assert stats["outlets"].get("Ahdath.info", 0) > 300


def _duplicates(store: object, articles: int) -> int:
    """Articles whose text is identical to another's share one id (the corpus has a few)."""
    count: int = store.stats()["counts"]["articles"]  # type: ignore[attr-defined]
    return articles - count
