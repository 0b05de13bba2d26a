from __future__ import annotations

from pathlib import Path

import pytest

from tests.api.sample_db import sample_db


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)
