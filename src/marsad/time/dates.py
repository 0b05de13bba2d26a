"""Calendar dates: building valid dates from parts, Hijri conversion, and
:func:`parse_date` for stand-alone date strings (publication-date lines)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from hijridate import Hijri

from marsad.normalize import normalize
from marsad.time.patterns import prepare, rules
from marsad.time.vocab import vocab

_LOOSE = re.compile(r"(?<=\d)t(?=\d)|(?<=\d(?:st|nd|rd|th)),")
HIJRI_YEARS = (1300, 1500)  # a numeric date with such a year is Hijri even without هـ
FULL_DATE_RULES = ("full_dmy", "full_mdy", "full_ord", "iso", "numeric_dmy", "numeric_ymd")


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """A Hijri (Umm al-Qura) date as a Gregorian date, or None when out of range."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def month_of(name: str | None) -> tuple[str, int] | None:
    """(calendar, number) of a normalized month name."""
    if not name:
        return None
    return vocab().months.get(" ".join(name.split()))


def date_from_groups(rule: str, g: Mapping[str, str | None]) -> dt.date | None:
    """The date a full-date match stands for (day, month and year all present)."""
    year = int(g["year"] or 0)
    if rule in ("iso", "numeric_dmy", "numeric_ymd"):
        day, month = int(g["day"] or 0), int(g["mm"] or 0)
        if rule == "numeric_dmy" and month > 12 >= day:  # 03/14/2024: the American order
            day, month = month, day
        if g.get("hm") or HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:  # 05/09/1445 هـ
            return hijri_to_gregorian(year, month, day)
        return make_date(year, month, day)
    cal = month_of(g.get("month"))
    if cal is None:
        return None
    day_digits = g.get("day")
    day = int(day_digits) if day_digits else vocab().ordinals.get(" ".join((g.get("ord") or "").split()), 0)
    if cal[0] == "hijri" or (g.get("hm") and year < 1700):
        if cal[0] != "hijri":
            return None
        return hijri_to_gregorian(year, cal[1], day)
    return make_date(year, cal[1], day)


def parse_date(text: str) -> str | None:
    """"YYYY-MM-DD" for the first full date written in ``text``, or None.

    Reads ISO and numeric dates (day first, as in Arabic and European use),
    RFC 822 lines, English ("14th, March 2024"), French and Arabic month
    names in every convention (مارس، آذار، مارس/آذار), weekday prefixes, and
    Hijri dates ("5 رمضان 1445 هـ"), converted to Gregorian.

    >>> parse_date("الخميس 14 مارس 2024")
    '2024-03-14'
    """
    if not text:
        return None
    norm = prepare(normalize(text))
    norm = _LOOSE.sub(" ", norm)  # "14th," and "2024-03-14t10:00" (same length: offsets kept)
    found: list[tuple[int, dt.date]] = []
    for rule in rules():
        if rule.name not in FULL_DATE_RULES:
            continue
        for m in rule.regex.finditer(norm):
            date = date_from_groups(rule.name, m.groupdict())
            if date is not None:
                found.append((m.start("t"), date))
                break
    if not found:
        return None
    return min(found, key=lambda x: x[0])[1].isoformat()
