"""Learned (provisional) persons: one entry per person, spelling variants merged."""

from __future__ import annotations

from marsad.kb.learned import LearnedEntries
from marsad.kb.translit import transliterate


def test_variants_merge_across_articles() -> None:
    learned = LearnedEntries()
    a = learned.add("رستم عميروف", "UKR", "Minister of Defence", "a1")
    b = learned.add("رستم عمیروف", "UKR", None, "a2")  # Persian ya
    c = learned.add("رستم عمروف", "UKR", None, "a3")  # one letter less
    assert a["id"] == b["id"] == c["id"]
    (entry,) = learned.entries()
    assert entry["mentions"] == 3 and entry["roles"] == ["Minister of Defence"]
    assert entry["id"].startswith("L:") and entry["type"] == "PERSON" and entry["country"] == "UKR"
    assert entry["name_en"] and entry["variants"]


def test_other_country_other_person() -> None:
    learned = LearnedEntries()
    learned.add("محمد علي", "EGY", None)
    learned.add("محمد علي", "TUR", None)
    assert len(learned.entries()) == 2


def test_transliteration_is_readable_latin() -> None:
    out = transliterate("هاكان فيدان")
    assert out == "Hakan Fidan"
    assert transliterate("عبد اللطيف الزياني").startswith("Abdul")  # عبد ال compounds: Abdullatif (translit rules)
