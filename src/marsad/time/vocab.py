"""The time vocabulary, read once from ``marsad/data/time/*.tsv``.

Every word is stored in its matching form (:func:`marsad.normalize.normalize`),
so that the patterns built from it run on normalized text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from marsad.normalize import normalize
from marsad.resources import read_tsv


@dataclass(frozen=True)
class Vocab:
    months: dict[str, tuple[str, int]]  # name -> (calendar, number)
    weekdays: dict[str, int]  # name -> ISO weekday (1 = Monday)
    ambiguous: frozenset[str]  # names that need a day, a year or "شهر" around them
    units: dict[str, tuple[str, int, str]]  # word -> (unit code, count of a dual form, sg|pl|dual)
    numbers: dict[str, int]
    ordinals: dict[str, int]
    modifiers: dict[str, tuple[int, str]]  # word -> (direction, "after" | "before")
    relative: dict[str, tuple[str, str]]  # phrase -> (kind, value)
    future_cues: frozenset[str]
    future_stop: tuple[str, ...]
    stop_phrases: tuple[str, ...]
    seasons: dict[str, str]
    decades: dict[str, int]


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", normalize(word.strip()))


@cache
def vocab() -> Vocab:
    months: dict[str, tuple[str, int]] = {}
    for cal, num, name, *_ in read_tsv("time/months.tsv", min_columns=4):
        months.setdefault(_norm(name), (cal, int(num)))
    return Vocab(
        months=months,
        weekdays={_norm(n): int(i) for i, n, *_ in read_tsv("time/weekdays.tsv", min_columns=2)},
        ambiguous=frozenset(_norm(r[0]) for r in read_tsv("time/ambiguous.tsv")),
        units={_norm(w): (u, int(c), f) for w, u, c, f, *_ in read_tsv("time/units.tsv", min_columns=4)},
        numbers={_norm(w): int(v) for w, v, *_ in read_tsv("time/numbers.tsv", min_columns=2)},
        ordinals=_with_bare({_norm(w): int(v) for w, v, *_ in read_tsv("time/ordinals.tsv", min_columns=2)}),
        modifiers={
            _norm(w): (int(d), p) for w, d, p, *_ in read_tsv("time/modifiers.tsv", min_columns=3)
        },
        relative={_norm(p): (k, v) for p, k, v, *_ in read_tsv("time/relative.tsv", min_columns=3)},
        future_cues=frozenset(_norm(r[0]) for r in read_tsv("time/future_cues.tsv")),
        future_stop=tuple(_norm(r[0]) for r in read_tsv("time/future_prefix_stop.tsv")),
        stop_phrases=tuple(_norm(r[0]) for r in read_tsv("time/stop_phrases.tsv")),
        seasons={_norm(w): c for w, c, *_ in read_tsv("time/seasons.tsv", min_columns=2)},
        decades={_norm(w): int(d) for w, d, *_ in read_tsv("time/decades.tsv", min_columns=2)},
    )


def _with_bare(ordinals: dict[str, int]) -> dict[str, int]:
    """Ordinals also without the article: "سابع أكتوبر" as well as "السابع من أكتوبر"."""
    out = dict(ordinals)
    for word, value in ordinals.items():
        if word.startswith("ال") and len(word) > 4:
            out.setdefault(word[2:], value)
    return out


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of normalized words, longest first, spaces flexible."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
