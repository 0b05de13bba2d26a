"""The eval gate: scores on the project's gold files may not fall below these floors.

Floors sit a little under what was measured when they were set (see the closing
notes); raise them when the pipeline improves, never lower them to pass.
"""

from pathlib import Path

import pytest

from marsad.evaluation import score_files
from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[1] / "gold"

# gold file -> {dotted metric: floor}
FLOORS: dict[str, dict[str, float]] = {
    "dates.jsonl": {"published.accuracy": 1.0},
}


def _metric(figures: dict, dotted: str) -> float:  # type: ignore[type-arg]
    value = figures
    for key in dotted.split("."):
        value = value[key]
    return float(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("gold_name", sorted(FLOORS))
def test_scores_hold_their_floors(gold_name: str) -> None:
    corpus = shared_path("corpus")
    figures = score_files([str(GOLD / gold_name)], corpus=str(corpus))
    assert not figures["missing"], figures["missing"]
    for metric, floor in FLOORS[gold_name].items():
        assert _metric(figures, metric) >= floor, (gold_name, metric, _metric(figures, metric), floor)
