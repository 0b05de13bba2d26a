"""The first-letter lookahead in front of a vocabulary alternation changes no match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.time.patterns import _alt
from marsad.time.vocab import alternation, vocab


def _words() -> list[str]:
    v = vocab()
    return [*v.months, *v.weekdays, *v.units, *v.relative, *v.numbers]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_words() + ["و", "في", "12", "،", "الشهر", "ماي"]), max_size=25),
       st.sampled_from(["months", "weekdays", "units", "relative", "numbers"]))
def test_lookahead_alternation_finds_the_same(parts: list[str], kind: str) -> None:
    words = list(getattr(vocab(), kind))
    text = " ".join(parts)
    plain = re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")
    fast = re.compile(rf"(?<!\w){_alt(words)}(?!\w)")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_required_strings_of_a_pattern() -> None:
    from marsad.time.literals import required

    assert required(re.compile(r"(?<!\w)قبل\s+(?:\d+\s+)?(?:يوم|شهر)")) in ({"قبل"}, {"يوم", "شهر"})
    assert required(re.compile(r"(?:عام|العام)\s+\d{4}")) == {"عام", "العام"}
    assert required(re.compile(r"\d{4}-\d\d")) == {"-"}
    assert required(re.compile(r"(?:كل)?\s*\d+")) is None  # nothing is certain
    assert required(re.compile(r"abc", re.IGNORECASE)) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_words() + ["قبل", "بعد", "ونصف", "القرن", "كل", "12", "2024", "-", "/", "،"]),
                max_size=25))
def test_a_rule_whose_strings_are_absent_never_matches(parts: list[str]) -> None:
    from marsad.time.patterns import rule_literals, rules

    text = " ".join(parts)
    present = rule_literals().present(text)
    for rule in rules():
        if rule.needs is not None and rule.needs.isdisjoint(present):
            assert rule.regex.search(text) is None, rule.name
