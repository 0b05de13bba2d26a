"""Arabic normalization for matching, with an offset map back to the original.

The character rules live in ``data/charmap.tsv``. Every rule maps one
character to one character or deletes it, so a normalized string keeps a
simple per-character offset map to the text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.resources import read_tsv


def _char(code: str) -> str:
    code = code.strip()
    if not code:
        return ""
    if code.upper().startswith("U+"):
        return chr(int(code[2:], 16))
    return code


@dataclass(frozen=True, slots=True)
class CharMap:
    """Translation tables built from ``charmap.tsv``."""

    display: dict[int, str]  # Persian letters and invisible marks only
    match: dict[int, str]  # everything, for the matching form
    deletable: re.Pattern[str]  # characters the matching form drops


@cache
def charmap() -> CharMap:
    display: dict[int, str] = {}
    match: dict[int, str] = {}
    for src, dst, scope, *_ in read_tsv("charmap.tsv", min_columns=4):
        s, d = _char(src), _char(dst)
        if len(s) != 1 or len(d) > 1:
            raise ValueError(f"charmap.tsv: rule {src!r} -> {dst!r} is not one character to at most one")
        if scope == "display":
            display[ord(s)] = d
        match[ord(s)] = d
    # A display rule's target may itself have a matching rule (ۀ -> ة -> ه).
    for key, value in list(match.items()):
        while value and ord(value) in match and match[ord(value)] != value:
            value = match[ord(value)]
        match[key] = value
    deleted = "".join(re.escape(chr(k)) for k, v in match.items() if v == "")
    return CharMap(display, match, re.compile(f"[{deleted}]"))


def fix_letters(text: str) -> str:
    """Repair what a reader sees: Persian ی ک written in Arabic text, stray marks.

    >>> fix_letters("فی أوکرانیا")
    'في أوكرانيا'
    """
    return text.translate(charmap().display)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching form of ``original`` and where each of its characters came from."""

    original: str
    text: str
    offsets: tuple[int, ...] | None  # None: identity (nothing was deleted)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalized text to a span of the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> str:
    """The matching form of ``text`` (idempotent): alef, ya and ta marbuta
    forms folded, Persian letters mapped, tatweel and diacritics dropped,
    Arabic-Indic digits made ASCII, Latin letters lower-cased."""
    if len(text) <= _SHORT:  # words and names, normalized again and again by the stages
        return _normalize_short(text)
    return _lower(text.translate(charmap().match))


_SHORT = 40


@lru_cache(maxsize=1 << 16)
def _normalize_short(text: str) -> str:
    return _lower(text.translate(charmap().match))


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two characters (İ)
        low = "".join(ch.lower()[:1] for ch in text)
    return low


def normalize_with_offsets(text: str) -> Normalized:
    """:func:`normalize` plus the map from normalized positions to original ones.

    The result is immutable and the stages of a pipeline normalize the same article text
    one after another, so the last few results are kept."""
    return _with_offsets(text)


@lru_cache(maxsize=16)
def _with_offsets(text: str) -> Normalized:
    cm = charmap()
    out = _lower(text.translate(cm.match))
    if len(out) == len(text):
        return Normalized(text, out, None)
    offsets: list[int] = []
    pos = 0
    for m in cm.deletable.finditer(text):
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    offsets.extend(range(pos, len(text)))
    return Normalized(text, out, tuple(offsets))
