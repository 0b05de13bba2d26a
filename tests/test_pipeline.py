"""The stage table: known names load, unknown or broken ones fail loudly with one line."""

from __future__ import annotations

import pytest

from marsad import pipeline
from marsad.errors import MarsadError
from marsad.pipeline import DEFAULT_ARTICLE_STAGES, Pipeline, Resources, StageError, load_stage


def test_default_stages_all_load() -> None:
    pipe = Pipeline()
    assert pipe.stage_names == ["page/v1", *DEFAULT_ARTICLE_STAGES]


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="entities/v1"):
        load_stage("entities/v9", Resources())


@pytest.mark.parametrize("target", ["marsad.no_such_module:Stage", "marsad.records:NoSuchFactory"])
def test_broken_stage_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    monkeypatch.setitem(pipeline.BUILTIN_STAGES, "broken/v1", target)
    with pytest.raises(StageError, match="broken/v1") as info:
        Pipeline(stages=["broken/v1"])
    assert isinstance(info.value, MarsadError)
    assert "\n" not in str(info.value)
