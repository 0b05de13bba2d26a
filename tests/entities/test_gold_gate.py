"""Eval gates: entities on the hand-annotated golds.

Development gold (tests/gold/entities.jsonl): 40 ahdath articles (the first 40 files under
2,600 bytes, chosen by that rule, not by content) and the 3 seed articles, annotated before
the stage was run on them; the stage has been tuned on it since. One annotation was added
later: الغرب in the first seed article ("الغرب الجماعي بقيادة الولايات المتحدة", the West as
an actor, which the guidelines now count).

Held-out gold (tests/gold/entities_heldout.jsonl): 18 articles annotated before the stage was
run on them (ahdath 061-074 under 2,600 bytes; ant-2018-03 internationalNews, the first two
files per outlet between 1,200 and 2,600 bytes). After the first scoring two English names were
aligned with the knowledge base's names for the same bodies (Armed Forces of Israel, AFP) and
the Austrian police added (the development gold annotates police forces). Nothing was added to
the knowledge base from these articles.

Strict (`entities`): distinct (type, English name) per article, or (type, normalized text)
where the gold has no English name: an entity found but not linked counts against it.
Mention level (`entity_mentions`): found with the right type, linked right or not linked.

Measured 2026-11-23 after the issue-3 round (rules + run-time CRF), strict | mentions:
  development: P 0.871 R 0.763 F1 0.813 | P 0.924 R 0.808 F1 0.862, links 0.957
  held-out:    P 0.773 R 0.721 F1 0.746 | P 0.814 R 0.760 F1 0.786, links 0.949 (scored once)
  (the working tree with the CRF changes then in progress; committed HEAD gave development
  0.793 | 0.861, and 0.756 | 0.840 with the entity-stage files of before the round.)
Before the round: development 0.694 | 0.776, links 0.884; held-out 0.649 | 0.784, links 0.824.
After the issue-3 rules round (clubs and outlets, division heads, home-country titles, press cues,
relative clauses, places after settlement heads): development 0.836 -> 0.833 | 0.874 -> 0.881
(strict loses where a found person or place has no entry: Brittany Zamora, Vittoria and Sainte-Foy
are now found but not linked); held-out unchanged, 0.739 | 0.806 (PERSON 0.41), scored once.
Provisional transliterations as English names of unlinked persons: first measured and left out
(development PERSON F1 0.716 -> 0.662) while the scorer keyed every English name as a link. The
scorer now treats a guessed name (learned L:… or unlinked) as a guess: credited only when it is
exactly the gold's English name, else keyed by its text; a gold entity with no English name judges
finding only. With that, unlinked persons carry their transliteration (2026-11-23, end of round):
  development: P 0.881 R 0.814 F1 0.846 | P 0.922 R 0.849 F1 0.884, links 0.950
               PERSON 0.773, ORG 0.830, GPE 0.919, LOC 0.870, FAC 0.600
  held-out:    P 0.729 R 0.750 F1 0.739 | P 0.794 R 0.817 F1 0.806, links 0.916 (scored once)
               PERSON 0.412, ORG 0.696, GPE 0.913, LOC 0.800, FAC 0.333
The issue asks for F1 >= 0.85; it is not reached (0.846 on development, 0.739 held out). Misses:
organizations and places with no entry, persons the knowledge base lacks whose guessed name is not
the canonical spelling, names in page titles the page stage leaves out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[1] / "gold" / "entities.jsonl"
HELDOUT = GOLD.with_name("entities_heldout.jsonl")
FLOORS = {
    GOLD: ({"f1": 0.82, "precision": 0.85, "recall": 0.79}, {"f1": 0.86, "recall": 0.82}),
    HELDOUT: ({"f1": 0.71, "precision": 0.70, "recall": 0.72}, {"f1": 0.78, "recall": 0.79}),
}
TYPE_FLOOR = {GOLD: {"GPE": 0.89, "PERSON": 0.74, "ORG": 0.80}, HELDOUT: {"GPE": 0.88, "ORG": 0.66}}


@pytest.mark.parametrize("gold", [GOLD, HELDOUT], ids=["dev", "heldout"])
def test_entity_gold_gate(gold: Path) -> None:
    corpus = shared_path("corpus")
    from marsad.evaluation.scorer import score_files

    figures = score_files([str(gold)], corpus=str(corpus))
    strict, mentions = FLOORS[gold]
    for key, floor in strict.items():
        assert figures["entities"][key] >= floor, (key, figures["entities"][key])
    for key, floor in mentions.items():
        assert figures["entity_mentions"][key] >= floor, (key, figures["entity_mentions"][key])
    for typ, floor in TYPE_FLOOR[gold].items():
        by_type = figures["entities"]["by_type"][typ]
        assert by_type["f1"] >= floor, (typ, by_type)


def test_seed_articles_are_near_perfect(tmp_path: Path) -> None:
    corpus = shared_path("corpus")
    from marsad.evaluation.scorer import score_files

    seeds = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if '"seeds/' in line]
    gold = tmp_path / "a" / "b" / "seeds.jsonl"
    gold.parent.mkdir(parents=True)
    gold.write_text("\n".join(seeds) + "\n", encoding="utf-8")
    figures = score_files([str(gold)], corpus=str(corpus))["entities"]
    assert len(seeds) == 3
    assert figures["recall"] >= 0.95 and figures["precision"] >= 0.95, figures
