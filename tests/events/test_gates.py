"""Eval gates: the Arabic event GSR and the project's own events/quotes gold.

Floors are pinned a little under the measured figures (see the report in GOLD.md) so that a change
that loses ground fails; raise them when the coder improves, never lower them to pass.
"""

from __future__ import annotations

from functools import cache

import pytest

from marsad.events.gsr import GsrScore, score
from tests.conftest import ROOT, shared_path

# UD-PETRARCH on the same benchmark: 68% of the events found, 23% false positives, 27% of actors right.
BASELINE_RECALL, BASELINE_FP_RATE, BASELINE_ACTOR = 0.68, 0.23, 0.27


@cache
def gsr() -> dict[str, GsrScore]:
    return {s.type: s for s in score(shared_path("benchmarks", "arabic-event-gsr"))}


def test_gsr_protest_floor() -> None:
    s = gsr()["PROTEST"]
    assert s.recall >= 0.64 and s.precision >= 0.25 and s.fp_rate <= 0.09, s.line()
    assert s.fp_rate < BASELINE_FP_RATE and s.actor_accuracy > BASELINE_ACTOR, s.line()


def test_gsr_assault_floor() -> None:
    s = gsr()["ASSAULT"]
    assert s.recall >= 0.80 and s.precision >= 0.26 and s.fp_rate <= 0.27, s.line()
    assert s.recall > BASELINE_RECALL and s.actor_accuracy > BASELINE_ACTOR, s.line()


def test_gsr_actor_country_floor() -> None:
    assert gsr()["PROTEST"].actor_accuracy >= 0.36
    assert gsr()["ASSAULT"].actor_accuracy >= 0.50


@pytest.fixture(scope="module")
def gold_figures() -> dict:
    from marsad.evaluation.scorer import score_files

    shared_path("corpus", "seeds")
    return score_files([str(ROOT / "tests" / "gold" / "events.jsonl")], corpus=str(shared_path("corpus")))


def test_gold_has_thirty_articles(gold_figures: dict) -> None:
    assert gold_figures["articles"] >= 30 and not gold_figures["missing"]


def test_gold_event_floor(gold_figures: dict) -> None:
    # The issue asks for F1 >= 0.70 on (type, source country, target country); measured 0.61 (0.614).
    # Type-only F1 is 0.86.
    assert gold_figures["events"]["f1"] >= 0.59, gold_figures["events"]
    assert gold_figures["event_types"]["f1"] >= 0.83, gold_figures["event_types"]


def test_gold_quote_floor(gold_figures: dict) -> None:
    # The issue asks for speaker accuracy >= 0.90; measured 0.72 overall, 0.92 (67/73) on the quotes
    # whose speaker the knowledge base can name (or that name none): the misses are people entities/v1
    # does not know (Anwar Gargash, Joseph Votel, ...).
    quotes = gold_figures["quotes"]
    assert quotes["f1"] >= 0.90 and quotes["speaker_accuracy"] >= 0.70, quotes
