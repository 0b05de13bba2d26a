"""Compile the rule templates of ``data/time/patterns.tsv`` with the vocabulary.

Every rule becomes one regex over normalized text. A rule's match is wrapped
so that it starts at a word start, may follow a one- or two-letter clitic
(و ف ب ل ك) that stays outside the expression, and ends at a word end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from marsad.resources import read_tsv
from marsad.time.literals import Literals, required
from marsad.time.vocab import Vocab, alternation, vocab

_CLITIC = r"(?:[وف]?[بلك]|[وف])?"
_LL = re.compile(r"(?<!\w)([وف]?)لل")  # "للعام" -> "العام": same length, offsets kept


@dataclass(frozen=True)
class Rule:
    name: str
    gate: str  # the kind of word a text must contain for this rule to run
    regex: re.Pattern[str]
    needs: frozenset[str] | None = None  # strings one of which every match contains (literals.py)


def _alt(words: Iterable[str]) -> str:
    """:func:`alternation` behind a lookahead on the first letters of its words: the same
    matches, but a position no word can start at is passed over at once, not word by word."""
    items = [w for w in words if w]
    first = "".join(sorted({re.escape(w[0]) for w in items}))
    return f"(?=[{first}])(?:{alternation(items)})" if items else alternation(items)


def _placeholders(v: Vocab) -> dict[str, str]:
    months = _alt(v.months)
    safe = _alt(m for m, (cal, _) in v.months.items() if m not in v.ambiguous and cal != "hijri")
    mods_after = _alt(w for w, (_, pos) in v.modifiers.items() if pos == "after")
    mods_before = _alt(w for w, (_, pos) in v.modifiers.items() if pos == "before")
    numw = _alt(v.numbers)
    return {
        "MONTH": f"(?P<month>{months})",
        "MONTHX": months,
        "SAFEMONTH": f"(?P<month>{safe})",
        "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?",
        "YEAR": r"(?P<year>\d{4})",
        "MM": r"(?P<mm>[01]?\d)",
        "WD": f"(?P<wd>{_alt(w for w in v.weekdays if w not in v.ambiguous)})",
        "WDALL": f"(?P<wd>{_alt(v.weekdays)})",
        "MOD": f"(?P<mod>{mods_after})",
        "PRE": f"(?P<pre>{mods_before})",
        "UNIT": f"(?P<unit>{_alt(v.units)})",
        "NUM": rf"(?P<num>\d+|(?:{numw})(?:\s+و(?:{numw}))?)",
        "REL": f"(?P<rel>{_alt(v.relative)})",
        "HM": r"(?P<hm>\s*(?:هجريه|هجري|للهجره|ه)(?!\w))?",
        "GM": r"(?:\s*(?:ميلاديه|ميلادي|للميلاد|م)(?!\w))?",
        "ORD": f"(?P<ord>{_alt(v.ordinals)})",
        "YR": r"(?:عام|العام|سنه|السنه)",
        "SEASON": f"(?P<season>{_alt(v.seasons)})",
        "DECADE": f"(?P<decade>{_alt(v.decades)})",
    }


@cache
def rules() -> tuple[Rule, ...]:
    fill = _placeholders(vocab())
    out = []
    for name, gate, template, *_ in read_tsv("time/patterns.tsv", min_columns=3):
        body = re.sub(r"\{([A-Z]+)\}", lambda m: fill[m.group(1)], template)
        regex = re.compile(rf"(?<!\w){_CLITIC}(?P<t>{body})(?!\w)")
        out.append(Rule(name, gate, regex, required(regex)))
    return tuple(out)


@cache
def rule_literals() -> Literals:
    """The automaton of the strings the rules need (a rule whose strings are absent is skipped)."""
    return Literals(r.needs for r in rules())


@cache
def _gate_automaton() -> Any:
    v = vocab()
    words: dict[str, set[str]] = {
        "MONTH": set(v.months),
        "WD": set(v.weekdays),
        "UNIT": set(v.units),
        "REL": {p.split(" ")[0] for p in v.relative},
        "DIGIT": set("0123456789"),
        "SEASON": set(v.seasons),
        "DECADE": set(v.decades),
        "SET": {"سنوي", "شهري", "اسبوعي", "يومي"},
    }
    auto = ahocorasick.Automaton()
    for kind, items in words.items():
        for w in items:
            kinds = auto.get(w, set())
            kinds.add(kind)
            auto.add_word(w, kinds)
    auto.make_automaton()
    return auto


def gates_present(work: str) -> set[str]:
    """The kinds of time word that occur in ``work`` (one Aho-Corasick pass)."""
    found: set[str] = set()
    for _, kinds in _gate_automaton().iter(work):
        found |= kinds
    return found


@cache
def stop_regex() -> re.Pattern[str]:
    """Phrases whose time word points at no date of its own (نفس اليوم، منتصف الليلة)."""
    return re.compile(rf"(?<!\w){_CLITIC}(?:{alternation(vocab().stop_phrases)})(?!\w)")


def prepare(normalized: str) -> str:
    """The text the rules run on: normalized text with a leading "لل" read as "ال"."""
    return _LL.sub(r"\1ال", normalized)
