"""The ``times/v1`` stage: find time expressions and resolve them against the
article's publication date.

Detection runs every rule of ``data/time/patterns.tsv`` over the normalized
text (one compiled regex per rule); overlapping matches are settled longest
first, then by rule order; a weekday written right before a full date
("الخميس 14 مارس 2024") joins it. Offsets are mapped back to the original
text. See :mod:`marsad.time.resolve` for the direction rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from marsad.normalize import normalize_with_offsets
from marsad.normalize.chars import charmap
from marsad.records import Article, TimeExpr
from marsad.time.patterns import gates_present, prepare, rule_literals, rules, stop_regex
from marsad.time.resolve import resolve
from marsad.time.vocab import vocab

_CLAUSE_END = re.compile(r"[.!?؟\n:؛;]")
_JOIN = re.compile(r"[\s,]*(?:الموافق\s*)?")
_JOIN_VAGUE = re.compile(r"[\s,]*(?:من\s+)?")
_VAGUE = ("في وقت سابق", "في وقت لاحق")
_DATE_AFTER_WEEKDAY = ("full_dmy", "full_mdy", "full_ord", "iso", "numeric_dmy", "day_month", "ord_month")
_WINDOW = 60


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str | None]


def _candidates(work: str) -> list[Match]:
    found: list[tuple[int, int, int, Match]] = []
    present = gates_present(work)
    strings = rule_literals().present(work)
    for prio, rule in enumerate(rules()):
        if rule.gate not in present or (rule.needs is not None and rule.needs.isdisjoint(strings)):
            continue
        for m in rule.regex.finditer(work):
            s, e = m.span("t")
            if rule.name == "year_bare" and not 1800 <= int(m.group("year")) <= 2100:
                continue
            found.append((-(e - s), prio, s, Match(s, e, rule.name, m.groupdict())))
    found.sort(key=lambda x: x[:3])
    taken: list[Match] = []
    used = bytearray(len(work) + 1)
    stops = [sm.span() for sm in stop_regex().finditer(work)]
    for *_, c in found:
        if any(used[c.start : c.end]) or any(a <= c.start and c.end <= b for a, b in stops):
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda m: m.start)
    return _join_weekdays(work, taken)


def _join_weekdays(work: str, found: list[Match]) -> list[Match]:
    out: list[Match] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rule in ("weekday", "weekday_yom")
            and m.rule in _DATE_AFTER_WEEKDAY
            and _JOIN.fullmatch(work, prev.end, m.start)
        ):
            out[-1] = Match(prev.start, m.end, m.rule, m.groups)
            continue
        if (  # "أمس الجمعة", "غدا الاثنين": the day word decides, the weekday names it
            prev is not None
            and prev.rule == "relative"
            and m.rule in ("weekday", "weekday_yom")
            and vocab().relative[_key(prev.groups.get("rel"))][0] == "day"
            and _JOIN.fullmatch(work, prev.end, m.start)
        ):
            out[-1] = Match(prev.start, m.end, prev.rule, prev.groups)
            continue
        if (  # "في وقت سابق من هذا الشهر": the period it belongs to
            prev is not None
            and prev.rule == "relative"
            and _key(prev.groups.get("rel")) in _VAGUE
            and _JOIN_VAGUE.fullmatch(work, prev.end, m.start)
        ):
            out[-1] = Match(prev.start, m.end, m.rule, m.groups)
            continue
        out.append(m)
    return out


def _key(word: str | None) -> str:
    return " ".join((word or "").split())


def _future_before(work: str, start: int) -> bool:
    """A future cue in the clause that ends at ``start``."""
    left = work[max(0, start - _WINDOW) : start]
    ends = list(_CLAUSE_END.finditer(left))
    if ends:
        left = left[ends[-1].end() :]
    v = vocab()
    for token in left.split():
        bare = token[1:] if token[:1] in "وف" and len(token) > 4 else token
        if token in v.future_cues or bare in v.future_cues:
            return True
        if len(bare) >= 4 and bare[0] == "س" and bare[1] in "يتن" and not bare.startswith(v.future_stop):
            return True
    return "بعد غد" in left


def _anchor(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_times(text: str, published: str | None = None) -> list[TimeExpr]:
    """Time expressions of ``text`` with values resolved against ``published``."""
    norm = normalize_with_offsets(text)
    work = prepare(norm.text)
    anchor = _anchor(published)
    marks = charmap().deletable
    out = []
    for m in _candidates(work):
        resolved = resolve(m.rule, m.groups, anchor, _future_before(work, m.start))
        if resolved is None:
            continue
        value, kind = resolved
        s, e = norm.to_original(m.start, m.end)
        while e < len(text) and marks.match(text, e):  # a trailing tatweel or vowel mark: "هـ"
            e += 1
        out.append(TimeExpr(text=text[s:e], start=s, end=e, value=value, type=kind))
    return out


class TimeStage:
    """``times/v1``: fills ``article.times``."""

    name = "times/v1"

    def __init__(self, resources: Any = None) -> None:
        rule_literals()  # compile once, when the pipeline is built

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, times=tuple(find_times(article.text, article.published)))
