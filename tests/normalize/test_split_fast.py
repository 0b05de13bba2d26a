"""The sentence splitter jumps from mark to mark: it splits as the character loop it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.normalize import sentences
from marsad.normalize.sentences import _CLOSERS, _OPEN, _STOPS, _inside_number


def _loop(text: str, start: int, end: int, max_quoted: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open = -1
    i, seg = start, start
    while i < end:
        ch = text[i]
        if stack and i - stack[-1][1] > max_quoted:
            stack.clear()
        if straight_open >= 0 and i - straight_open > max_quoted:
            straight_open = -1
        if ch in _OPEN:
            stack.append((_OPEN[ch], i))
        elif stack and ch == stack[-1][0]:
            stack.pop()
        elif ch == '"':
            straight_open = -1 if straight_open >= 0 else i
        elif ch in _STOPS and not stack and straight_open < 0 and not _inside_number(text, i, end):
            j = i + 1
            while j < end and (text[j] in _STOPS or text[j] in _CLOSERS):
                j += 1
            if j >= end or text[j].isspace():
                spans.append((seg, j))
                seg = j
            i = j
            continue
        i += 1
    if seg < end:
        spans.append((seg, end))
    return spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab 1.«»“”„()\"!?؟…'’", max_size=40), st.sampled_from([3, 7, 600]))
def test_split_line_matches_the_character_loop(text: str, max_quoted: int) -> None:
    saved = sentences._MAX_QUOTED
    sentences._MAX_QUOTED = max_quoted
    try:
        got = sentences._split_line(text, 0, len(text))
    finally:
        sentences._MAX_QUOTED = saved
    assert got == _loop(text, 0, len(text), max_quoted)
