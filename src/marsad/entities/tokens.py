"""Tokens of normalized text and the proclitic readings of a token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[0-9a-z\u0621-\u064a]+")
_CONJ = "وف"
_HASHTAG = str.maketrans("", "", "#_")  # "#تيريزا_ماي" reads as two words of one name
_PREP = "بل"  # كـ is left alone: "كبيرا" is not Beira


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    gap: str  # punctuation (spaces stripped) between the previous token and this one, or ""


def tokenize(text: str) -> list[Token]:
    """Word tokens of a normalized text with their offsets."""
    out: list[Token] = []
    prev = 0
    for m in _WORD.finditer(text):
        between = text[prev : m.start()]
        out.append(Token(m.group(), m.start(), m.end(), between.translate(_HASHTAG).strip()))
        prev = m.end()
    return out


@lru_cache(maxsize=65536)
def readings(tok: str) -> tuple[tuple[str, int], ...]:
    """The token and what is left once proclitics are stripped, with how many
    leading characters were stripped: و ف, then ب ك ل, and لل -> ال.

    >>> readings("وبالرياض")
    (('وبالرياض', 0), ('بالرياض', 1), ('الرياض', 2))
    """
    out = [(tok, 0)]
    bases = [(tok, 0)]
    if len(tok) > 3 and tok[0] in _CONJ:
        out.append((tok[1:], 1))
        bases.append((tok[1:], 1))
    for base, n in bases:
        if len(base) > 4 and base.startswith("لل"):
            out.append(("ال" + base[2:], n + 2))
        elif len(base) > 3 and base[0] in _PREP:
            out.append((base[1:], n + 1))
    return tuple(out)
