"""The event data files: loadable, consistent with the PLOVER table, and the word analysis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.events.lexicon import all_cores, cores, load_lexicon, load_plover
from marsad.normalize import normalize
from tests.conftest import shared_path

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_every_trigger_has_a_plover_type() -> None:
    lex = load_lexicon()
    rows = {t for rows in lex.triggers.values() for t in rows} | {t for rows in lex.exact.values() for t in rows}
    assert len(rows) > 60
    for row in rows:
        assert row.plover in PLOVER_TYPES, row
        assert lex.plover[row.cameo] == row.plover


def test_issue_predicates_are_covered() -> None:
    lex = load_lexicon()
    expected = {
        "بحث": "CONSULT",
        "التقى": "CONSULT",
        "اجتمع": "CONSULT",
        "استضاف": "CONSULT",
        "احتضنت": "CONSULT",
        "أشاد": "SUPPORT",
        "رحب": "SUPPORT",
        "دعا": "REQUEST",
        "طالب": "REQUEST",
        "اتهم": "ACCUSE",
        "ادعى": "ACCUSE",
        "رفض": "REJECT",
        "نفى": "REJECT",
        "هدد": "THREATEN",
        "قصف": "ASSAULT",
        "هاجم": "ASSAULT",
        "تظاهر": "PROTEST",
        "أفرج": "RETREAT",
    }
    for word, plover in expected.items():
        assert plover in {r.plover for r in lex.match(normalize(word))}, word


def test_table_follows_the_shared_plover_mapping() -> None:
    src = shared_path("resources", "plover", "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    table = load_plover()
    for code in ("040", "043", "051", "057", "112", "141", "163", "190", "0841"):
        line = next(x for x in src.splitlines() if x.startswith(code + ":"))
        assert table[code] == line.split(":")[1].split(",")[0].strip()


def test_clitics_and_inflection() -> None:
    assert "التق" in set(cores("والتقى".replace("ى", "ي"), "V"))
    assert "بحث" in set(cores("تبحثان", "V"))
    assert "استضاف" in set(cores("لاستضافه", "N"))
    assert "زيار" in set(cores("زيارته", "N"))


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=12))
def test_cores_are_inner_substrings(word: str) -> None:
    for core in all_cores(word):
        assert core in word
        assert len(core) >= min(2, len(word))
