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
    # Issue 4 (GSR round, 2026-11-23): P 0.272 R 0.701 FPR 0.085, actor country 0.430 (was 0.26 / 0.66 /
    # 0.084 / 0.38): recall now above UD-PETRARCH's 0.68.
    s = gsr()["PROTEST"]
    assert s.recall >= 0.68 and s.precision >= 0.26 and s.fp_rate <= 0.09, s.line()
    assert s.fp_rate < BASELINE_FP_RATE and s.actor_accuracy > BASELINE_ACTOR, s.line()


def test_gsr_assault_floor() -> None:
    # Issue 4 (GSR round): P 0.320 R 0.851 FPR 0.222, actor country 0.625 (was 0.28 / 0.81 / 0.26 / 0.51):
    # the false-positive rate now under UD-PETRARCH's 0.23.
    s = gsr()["ASSAULT"]
    assert s.recall >= 0.82 and s.precision >= 0.30 and s.fp_rate < BASELINE_FP_RATE, s.line()
    assert s.recall > BASELINE_RECALL and s.actor_accuracy > BASELINE_ACTOR, s.line()


def test_gsr_actor_country_floor() -> None:
    assert gsr()["PROTEST"].actor_accuracy >= 0.41
    assert gsr()["ASSAULT"].actor_accuracy >= 0.60


def _figures(name: str) -> dict:
    from marsad.evaluation.scorer import score_files

    shared_path("corpus", "seeds")
    return score_files([str(ROOT / "tests" / "gold" / name)], corpus=str(shared_path("corpus")))


@pytest.fixture(scope="module")
def gold_figures() -> dict:
    return _figures("events.jsonl")


@pytest.fixture(scope="module")
def heldout_figures() -> dict:
    return _figures("events_heldout.jsonl")


def test_gold_has_thirty_articles(gold_figures: dict) -> None:
    assert gold_figures["articles"] >= 30 and not gold_figures["missing"]


def test_gold_event_floor(gold_figures: dict) -> None:
    # The issue asks for F1 >= 0.70 on (type, source country, target country). Development gold,
    # 2026-11-23: 0.708 (P 0.716, R 0.700) with entities/v1 at 2edac5d (0.715 at ecd6a46); it was
    # 0.62 before the issue-4 changes. Type-only F1 0.84 (coding only events with a source country
    # drops some whose type was right).
    # Issue 4, generality round (2026-11-23, with the entity CRF of d0b75f8 and later): 0.744 (P 0.744,
    # R 0.744), type-only F1 0.863 (P 0.957); the rules were read from unannotated corpus articles and
    # the GSR's even rows, the development file was only checked for losses.
    assert gold_figures["events"]["f1"] >= 0.72, gold_figures["events"]
    assert gold_figures["event_types"]["f1"] >= 0.84, gold_figures["event_types"]


def test_gold_quote_floor(gold_figures: dict) -> None:
    # The issue asks for speaker accuracy >= 0.90; measured 0.72-0.73 at first: the misses were mostly
    # people the knowledge base does not know, to whom entities/v1 gave no English name (GOLD.md).
    # Speaker round (2026-11-23): quote F1 0.965 (P 0.98, R 0.95), speaker accuracy 0.907 (the subject
    # of the speech verb, spokespeople, institutions; learned persons carry a transliterated name,
    # credited only when it is exactly the gold's spelling).
    quotes = gold_figures["quotes"]
    assert quotes["f1"] >= 0.94 and quotes["speaker_accuracy"] >= 0.88, quotes


def test_heldout_floors(heldout_figures: dict) -> None:
    # tests/gold/events_heldout.jsonl (21 articles annotated before the coder ran on them; never used
    # for tuning). Measured 2026-11-23: event F1 0.073 (0.111 with entities/v1 at ecd6a46; 0.066 and
    # 0.100 for the coder before issue 4), type-only F1 0.33, quote F1 0.90, speaker accuracy 0.36.
    # The gap to the development figures is the honest measure of how far the coder generalizes.
    # After the by-category trigger widening (scored once, at its end): event F1 0.214 (P 0.35,
    # R 0.15), type-only F1 0.375 (P 0.69, R 0.26), from 0.145 and 0.34 with the same entity stage.
    assert heldout_figures["articles"] >= 20 and not heldout_figures["missing"]
    # Generality round (scored once, at its end): event F1 0.281 (P 0.44, R 0.21), type-only F1 0.408
    # (P 0.71, R 0.29).
    assert heldout_figures["events"]["f1"] >= 0.25, heldout_figures["events"]
    assert heldout_figures["event_types"]["f1"] >= 0.38, heldout_figures["event_types"]
    # Speaker round (scored once, at its end): quote F1 0.918 (P 0.975, R 0.867), speaker accuracy 0.590.
    quotes = heldout_figures["quotes"]
    assert quotes["f1"] >= 0.89 and quotes["speaker_accuracy"] >= 0.55, quotes
