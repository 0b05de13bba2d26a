"""Literal strings a regex cannot match without: a rule whose strings are all absent from a
text cannot match it, so the stage skips that rule without running it.

:func:`required` reads the parsed pattern: a run of literal characters must occur in every
match, an alternation needs one string of each branch, a repeat at least once needs what its
body needs; of the candidates of a sequence the most selective is kept (longest shortest
string, then fewest strings). Anything it cannot tell (optional parts, classes, case folding)
gives no requirement, never a wrong one; the check is exact, a speed-up only.
"""

from __future__ import annotations

import re
import re._constants as _c  # the standard library's own regex parser (Python 3.11+)
import re._parser as _p
from collections.abc import Iterable
from typing import Any

import ahocorasick

Strings = frozenset[str]


def required(pattern: re.Pattern[str]) -> Strings | None:
    """Strings one of which occurs in every match of ``pattern`` (None: none known)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _sequence(_p.parse(pattern.pattern, pattern.flags))
    return frozenset(found) if found else None


def _sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        got = _item(op, av)
        if got:
            candidates.append(got)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _item(op: Any, av: Any) -> set[str] | None:
    if op is _c.IN:
        return {chr(v) for _, v in av} if all(o is _c.LITERAL for o, _ in av) else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _sequence(branch)
            if not got:
                return None
            out |= got
        return out
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _sequence(body)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _sequence(av[2])
    return None


class Literals:
    """One Aho-Corasick automaton over the required strings of many patterns."""

    def __init__(self, needs: Iterable[Strings | None]) -> None:
        words = sorted({w for strings in needs if strings for w in strings})
        self.auto: Any = None
        if words:
            self.auto = ahocorasick.Automaton()
            for w in words:
                self.auto.add_word(w, w)
            self.auto.make_automaton()

    def present(self, text: str) -> set[str]:
        """The required strings that occur in ``text``."""
        if self.auto is None:
            return set()
        return {w for _, w in self.auto.iter(text)}

