from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from marsad.stories.schema import create_schema


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(":memory:")
    create_schema(c)
    yield c
    c.close()
