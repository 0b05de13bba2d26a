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
