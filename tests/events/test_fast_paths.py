"""Faster forms of small scanners give what the plain loops they replaced give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.actors import _title_clitic
from marsad.events.lexicon import load_lexicon
from marsad.events.quotes import _PAIRS, quote_spans


def _quote_spans_loop(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, i = [], start
    while i < end:
        close = _PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < end and text[j] != close and not (text[j] in "«“" and close != '"'):
            j += 1
        if j < end and text[j] == close:
            out.append((i + 1, j))
            i = j + 1
        else:
            i = j if j < end and text[j] in "«“" else i + 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab «»“”„"', max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_quote_spans_match_the_loop(text: str, a: int, b: int) -> None:
    a, b = min(a, len(text)), min(max(a, b), len(text))
    assert quote_spans(text, a, b) == _quote_spans_loop(text, a, b)


def _title_clitic_loop(norm: str, sectors: dict[str, str]) -> tuple[int, str | None]:
    for pre in ("", "و", "ف", "ل", "ب", "ول", "وب", "لل", "بال", "ولل", "وبال"):
        if norm.startswith(pre):
            word = norm[len(pre) :]
            if pre.endswith(("لل", "بال")):
                word = "ال" + word
                cut = len(pre) - 1 if pre.endswith("لل") else len(pre) - 2
            else:
                cut = len(pre)
            if word in sectors and len(word) > 2:
                return cut, word
    return 0, None


def test_title_clitic_matches_the_loop() -> None:
    lex = load_lexicon()
    words = list(lex.sectors_ar)
    forms = {p + w for w in words for p in ("", "و", "ف", "ل", "ب", "ول", "وب", "لل", "بال", "ولل", "وبال", "ال")}
    forms |= {p + w[2:] for w in words for p in ("لل", "ولل", "بال", "وبال")} | {"", "ال", "لل", "وزير", "x"}
    for form in sorted(forms):
        assert _title_clitic(form, lex) == _title_clitic_loop(form, lex.sectors_ar), form
