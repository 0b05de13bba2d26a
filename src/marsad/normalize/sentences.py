"""Sentence splitting that knows Arabic punctuation and quotation marks.

A sentence ends at ``.`` ``!`` ``?`` ``؟`` ``…`` (or a run of them) followed by
space, at a line break, and never inside an open quotation (« », “ ”, and a
straight ``"`` pair) unless the line ends. A closing quote or bracket right
after the stop stays with the sentence. Dots between digits (3.5) and the
ellipsis ".." inside a headline-style clause followed by more text on the same
line are treated like any stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STOPS = frozenset(".!?؟…")
_OPEN = {"«": "»", "“": "”", "„": "”", "(": ")"}
_CLOSERS = frozenset("»”)\"'’")
# the characters the splitter acts on: openers, their closers, straight quotes, stops
_MARKS = re.compile("[" + re.escape("".join(sorted({*_STOPS, *_OPEN, *_OPEN.values(), '"'}))) + "]")
_MAX_QUOTED = 600  # a quotation longer than this without closing is treated as unbalanced


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets into it (whitespace trimmed)."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        spans.extend(_split_line(text, line_start, line_end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e, text[s:e]))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # expected closer, where it opened
    straight_open = -1
    i, seg = start, start
    while (m := _MARKS.search(text, i, end)) is not None:  # other characters change nothing
        i = m.start()
        ch = text[i]
        if stack and i - stack[-1][1] > _MAX_QUOTED:
            stack.clear()
        if straight_open >= 0 and i - straight_open > _MAX_QUOTED:
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


def _inside_number(text: str, i: int, end: int) -> bool:
    return text[i] == "." and i > 0 and i + 1 < end and text[i - 1].isdigit() and text[i + 1].isdigit()
