"""A database filled with the bundled sample (what ``marsad demo`` ingests), built once per session."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest


def sample_db(factory: pytest.TempPathFactory) -> Path:
    """The sample database under the session's base temp folder (built on first use)."""
    from marsad.api import ingest
    from marsad.pipeline import Pipeline
    from marsad.resources import read_tsv
    from marsad.store import open_store

    path = factory.getbasetemp() / "marsad-sample.db"
    if path.exists():
        return path
    sample = Path(str(resources.files("marsad") / "sample"))
    store = open_store(path)
    pipeline = Pipeline()
    try:
        for name, published, *_ in read_tsv(sample / "manifest.tsv", min_columns=2):
            ingest([str(sample / name)], store, published=published or None, pipeline=pipeline, command="test")
    finally:
        store.close()
    return path
