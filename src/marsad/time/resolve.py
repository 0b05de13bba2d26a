"""Resolve a matched time expression to a TIMEX3-style value.

Values: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www`` (ISO week), ``YYY``
(decade), ``YY`` (century), durations ``P3D``/``P2Y``/``PT2H`` and the
references ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``; None when the
expression needs an anchor and the article has no publication date.

Direction. A relative expression is placed against the anchor (the
publication date) in a direction: -1 (past), 0, +1 (future), or None
(no cue). A modifier inside the expression (الماضي، المقبل، الجاري) decides;
otherwise a future cue in the clause before it (سوف، a verb with the future
prefix س such as سيعقد، المقرر …, see ``data/time/future_cues.tsv``) makes it +1.
Without a cue:

* a weekday is the most recent such day on or before publication: news
  reports past events, and "the Wednesday" of a report published on
  Thursday is the day before, never the next week's;
* a day and month without a year, or a month alone, take the year that
  puts them nearest the publication date, a distance into the future
  counted double since news looks back more often (December read in March
  is the last December; "18 فبراير" read on 24 February is six days back;
  "18 مارس" read on 24 February is three weeks ahead; "2 مارس" read in
  October is the last March).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from hijridate import Gregorian

from marsad.time.dates import date_from_groups, hijri_to_gregorian, make_date, month_of
from marsad.time.vocab import vocab

Groups = Mapping[str, str | None]

_UNIT_OF_NOUN = {"العام": "Y", "السنه": "Y", "الشهر": "M", "الاسبوع": "W", "العقد": "DE", "القرن": "CE",
                 "اليوم": "D"}
_UNIT_OF_DUAL = {"عامين": "Y", "سنتين": "Y", "شهرين": "M", "اسبوعين": "W", "يومين": "D", "ساعتين": "H",
                 "دقيقتين": "MIN", "عقدين": "DE", "قرنين": "CE"}
_UNIT_OF_PLURAL = {"سنوات": "Y", "اعوام": "Y", "اشهر": "M", "شهور": "M", "اسابيع": "W", "ايام": "D",
                   "عقود": "DE"}
FUTURE_WEIGHT = 2
FULL = ("full_dmy", "full_mdy", "full_ord", "iso", "numeric_dmy", "numeric_ymd")


def _key(word: str | None) -> str:
    return " ".join((word or "").split())


def number(text: str | None) -> float | None:
    """A number written in digits or words ("ثلاثه", "خمسه وتسعين")."""
    if not text:
        return None
    t = _key(text)
    if t.replace(".", "", 1).isdigit():
        return float(t)
    total = 0
    for part in t.split(" "):
        part = part[1:] if part.startswith("و") and part not in vocab().numbers else part
        if part not in vocab().numbers:
            return None
        total += vocab().numbers[part]
    return float(total)


def duration(n: float, unit: str) -> str:
    amount = str(int(n)) if n == int(n) else str(n)
    if unit in ("H", "MIN"):
        return f"PT{amount}{'H' if unit == 'H' else 'M'}"
    return f"P{amount}{unit}"


def modifier(g: Groups) -> int | None:
    word = g.get("mod") or g.get("pre")
    return vocab().modifiers[_key(word)][0] if word else None


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + delta
    return idx // 12, idx % 12 + 1


def weekday_date(wd: int, anchor: dt.date, direction: int | None, strict: bool = False) -> dt.date:
    """The weekday ``wd`` nearest the anchor in ``direction`` (None: on or before it);
    ``strict`` skips the anchor's own day going forward ("الخميس المقبل")."""
    back = (anchor.isoweekday() - wd) % 7
    ahead = (wd - anchor.isoweekday()) % 7
    if direction == 1:
        return anchor + dt.timedelta(days=ahead or (7 if strict else 0))
    if direction == -1:
        return anchor - dt.timedelta(days=back or 7)
    return anchor - dt.timedelta(days=back)


def _pick(cands: list[tuple[int, dt.date]], anchor: dt.date, direction: int | None) -> dt.date | None:
    """The candidate for the direction: latest before, earliest after, or nearest."""
    dated = [(d, (d - anchor).days) for _, d in cands]
    if direction == -1:
        past = [x for x in dated if x[1] <= 0]
        return max(past, key=lambda x: x[1])[0] if past else None
    if direction == 1:
        future = [x for x in dated if x[1] >= 0]
        return min(future, key=lambda x: x[1])[0] if future else None
    return min(dated, key=lambda x: (_weighted(x[1]), x[1] > 0))[0] if dated else None


def _weighted(days: int) -> int:
    """Distance from the anchor, a future one counted double: news looks back more often."""
    return days * FUTURE_WEIGHT if days > 0 else -days


def day_month(g: Groups, anchor: dt.date, direction: int | None) -> str | None:
    cal = month_of(g.get("month"))
    digits = g.get("day")
    day = int(digits) if digits else vocab().ordinals.get(_key(g.get("ord")), 0)
    if cal is None or not day:
        return None
    cands: list[tuple[int, dt.date]] = []
    if direction == 0 and cal[0] != "hijri":
        d = make_date(anchor.year, cal[1], day)
        return d.isoformat() if d else None
    if cal[0] == "hijri":
        hy = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
        for y in (hy - 1, hy, hy + 1):
            d = hijri_to_gregorian(y, cal[1], day)
            if d:
                cands.append((y, d))
    else:
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = make_date(y, cal[1], day)
            if d:
                cands.append((y, d))
    best = _pick(cands, anchor, direction)
    return best.isoformat() if best else None


def month_alone(g: Groups, anchor: dt.date, direction: int | None) -> str | None:
    cal = month_of(g.get("month"))
    if cal is None or cal[0] == "hijri":
        return None
    m = cal[1]
    if direction == 0:
        return f"{anchor.year}-{m:02d}"
    if direction == -1:
        return f"{anchor.year if m < anchor.month else anchor.year - 1}-{m:02d}"
    if direction == 1:
        return f"{anchor.year if m > anchor.month else anchor.year + 1}-{m:02d}"
    year = min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: _weighted((y - anchor.year) * 12 + m - anchor.month))
    return f"{year}-{m:02d}"


def month_year(g: Groups) -> str | None:
    cal = month_of(g.get("month"))
    year = int(g["year"] or 0)
    if cal is None:
        return None
    if cal[0] == "hijri":
        d = hijri_to_gregorian(year, cal[1], 1)
        return f"{d.year}-{d.month:02d}" if d else None
    if g.get("hm"):
        return None
    return f"{year}-{cal[1]:02d}"


def period(unit: str, anchor: dt.date, delta: int) -> str | None:
    """The period ``delta`` units from the anchor's own (this year, last month …)."""
    if unit == "Y":
        return str(anchor.year + delta)
    if unit == "M":
        y, m = shift_month(anchor.year, anchor.month, delta)
        return f"{y}-{m:02d}"
    if unit == "W":
        return week(anchor + dt.timedelta(weeks=delta))
    if unit == "D":
        return (anchor + dt.timedelta(days=delta)).isoformat()
    if unit == "DE":
        return str(anchor.year // 10 + delta)
    if unit == "CE":
        return str(anchor.year // 100 + delta)
    return None


def amount(g: Groups) -> tuple[str, float] | None:
    """(unit, number) of "{NUM} {UNIT}" or a unit alone; None when vague ("أيام")."""
    unit, count, form = vocab().units[_key(g.get("unit"))]
    if g.get("num"):
        n = number(g.get("num"))
        return None if n is None else (unit, n)
    return None if form == "pl" else (unit, float(count))


def ago(g: Groups, anchor: dt.date | None) -> str | None:
    found = amount(g)
    if anchor is None or found is None or found[1] != int(found[1]):
        return None
    unit, n = found
    if unit in ("H", "MIN"):
        return anchor.isoformat()
    return period(unit, anchor, -int(n))


def year(g: Groups) -> str | None:
    if g.get("hm"):
        return None  # a Hijri year straddles two Gregorian years
    return g.get("year")


_SETS = {"سنو": "P1Y", "شهر": "P1M", "اسبوع": "P1W", "يوم": "P1D"}


def resolve(rule: str, g: Groups, anchor: dt.date | None, future: bool) -> tuple[str | None, str] | None:
    """(value, type) of a match of ``rule``, or None when the match is no time
    expression after all (a vague plural: "قبل أيام"); ``future``: a future cue precedes it."""
    if rule in ("ago", "after", "duration", "duration_half", "duration_span") and amount(g) is None:
        return None
    if rule in ("set_every", "set_weekday"):
        return _set(g), "SET"
    if rule == "decade":
        return f"19{vocab().decades[_key(g.get('decade'))]}", "DATE"
    if rule == "century" and g.get("ord"):
        return f"{vocab().ordinals[_key(g.get('ord'))] - 1:02d}", "DATE"
    if rule == "set":
        word = _key(g.get("set")).removeprefix("ال")
        return next(v for k, v in _SETS.items() if word.startswith(k)), "SET"
    if rule in FULL:
        d = date_from_groups(rule, g)
        return (d.isoformat() if d else None), "DATE"
    if rule in ("year_word", "year_bare"):
        return year(g), "DATE"
    if rule == "month_year":
        return month_year(g), "DATE"
    if rule in ("duration", "duration_dual", "dual_mod", "plural_num_mod", "after", "duration_one",
                "duration_half", "dual_half", "duration_span"):
        return _duration(rule, g), "DURATION"
    if rule == "relative":
        kind, value = vocab().relative[_key(g.get("rel"))]
        if kind == "ref":
            return value, "DATE"
        return (period("D", anchor, int(value)) if anchor else None), "DATE"
    if anchor is None:
        return None, "DATE"
    direction = modifier(g)
    if direction is None and future:
        direction = 1
    if rule in ("weekday", "weekday_yom"):
        wd = vocab().weekdays[_key(g.get("wd"))]
        return weekday_date(wd, anchor, direction, strict=modifier(g) == 1).isoformat(), "DATE"
    if rule in ("day_month", "ord_month"):
        return day_month(g, anchor, direction), "DATE"
    if rule in ("month_mod", "month_named", "month_bare"):
        return month_alone(g, anchor, direction), "DATE"
    if rule == "season":
        return f"{anchor.year + (modifier(g) or 0)}-{vocab().seasons[_key(g.get('season'))]}", "DATE"
    if rule == "century":
        return period("CE", anchor, modifier(g) or 0), "DATE"
    if rule in ("unit_pre", "unit_mod", "unit_part"):
        unit = _UNIT_OF_NOUN[_key(g.get("unitdef"))]
        return period(unit, anchor, modifier(g) or 0), "DATE"
    if rule == "ago":
        return ago(g, anchor), "DATE"
    return None, "DATE"


def _set(g: Groups) -> str:
    if g.get("wd"):
        return f"XXXX-WXX-{vocab().weekdays[_key(g.get('wd'))]}"
    return f"P1{_UNIT_OF_NOUN['ال' + _key(g.get('every'))]}"


def _duration(rule: str, g: Groups) -> str | None:
    half = 0.5 if rule.endswith("_half") else 0.0
    if rule in ("duration_dual", "dual_mod", "dual_half"):
        return duration(2 + half, _UNIT_OF_DUAL[_key(g.get("dual")).removeprefix("ال")])
    if rule == "plural_num_mod":
        n = number(g.get("num"))
        return None if n is None else duration(n, _UNIT_OF_PLURAL[_key(g.get("plural"))])
    found = amount(g)
    return None if found is None else duration(found[1] + half, found[0])
