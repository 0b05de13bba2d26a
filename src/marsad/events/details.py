"""Event details read after the actors: mode and negation, place, date, the quantity a trigger
governs, and the merging of repeated tellings of one event inside an article (used by
:mod:`marsad.events.stage`)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from marsad.events.actors import Analysed, Token
from marsad.events.lexicon import Lexicon, Trigger
from marsad.records import Actor, Event, Place, TimeExpr

_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
LEAD_WINDOW, BEFORE_WINDOW = 16, 3
_NO_ACTOR_TYPES = frozenset({"PROTEST", "ASSAULT"})

_RESULT = frozenset({"تحول", "تحولت", "تحولوا", "انضم", "انضمت", "انضموا"})  # "تحول إلى تظاهرات"، "انضم إلى الإضراب"
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NOT_COUNTED = frozenset(
    {
        "عام",
        "عاما",
        "سنه",
        "سنوات",
        "يوم",
        "يوما",
        "ايام",
        "ساعه",
        "ساعات",
        "دقيقه",
        "دقائق",
        "شهر",
        "اشهر",
        "شهور",
        "اسبوع",
        "اسابيع",
        "كلم",
        "كيلومتر",
        "كيلومترا",
        "متر",
        "بالمئه",
        "بالمائه",
        "٪",
        "%",
        "في",
        "من",
        "الي",
    }
)


def quantity(
    tokens: tuple[Token, ...], lo: int, hi: int, times: tuple[TimeExpr, ...], lex: Lexicon
) -> tuple[int, bool] | None:
    """The first number in tokens [lo, hi) outside time expressions, and whether it is per side."""
    for x in range(lo, min(hi, len(tokens))):
        tok = tokens[x]
        if any(t.start <= tok.start < t.end for t in times):
            continue
        value = _number(tok.norm, lex)
        if value is None:
            continue
        nxt = tokens[x + 1].norm if x + 1 < len(tokens) else ""
        if (tok.norm.isdigit() and 1900 <= value <= 2100) or nxt in _NOT_COUNTED or nxt in lex.months or not nxt:
            continue
        if nxt in ("الاف", "الف", "مليون") and value < 1000:
            value *= 1000 if nxt != "مليون" else 1000000
        near = {t.norm for t in tokens[x + 1 : x + 5]}
        return value, bool(near & {"مقابل", "لكل", "بمقابل"})
    return None


def _number(word: str, lex: Lexicon) -> int | None:
    if word.isdigit():
        return int(word)
    for pre in ("", "و", "ب", "ل"):
        if word.startswith(pre) and word[len(pre) :] in lex.numbers:
            return lex.numbers[word[len(pre) :]]
    return None


def _same_actor(x: Actor | None, y: Actor | None) -> bool:
    """One actor told twice: same country, and the same name unless one side is country-level."""
    if x is None or y is None:
        return x is y
    if x.country != y.country:
        return False
    if x.kb_id and y.kb_id:
        return x.kb_id == y.kb_id
    return x.name_en == y.name_en or x.sector is None or y.sector is None or not (x.name_en and y.name_en)


def _duplicate(x: Event, y: Event) -> bool:
    """Same type, negation and mode, and the same actors (loosely only for the same CAMEO code)."""
    if (x.type, x.negated, x.mode) != (y.type, y.negated, y.mode):
        return False
    same = _same_actor if x.cameo == y.cameo else _exact_actor
    if same(x.source, y.source) and same(x.target, y.target):
        return True
    return x.type in _SYMMETRIC_TYPES and same(x.source, y.target) and same(x.target, y.source)


def _exact_actor(x: Actor | None, y: Actor | None) -> bool:
    return x == y or (
        x is not None and y is not None and (x.kb_id or x.name_en, x.country) == (y.kb_id or y.name_en, y.country)
    )


def dedupe(events: list[tuple[Event, bool]]) -> list[Event]:
    """Merge repeated tellings of one event inside an article (first telling kept)."""
    out: list[Event] = []
    per_side: list[bool] = []
    for ev, side in events:
        n = next((n for n, first in enumerate(out) if _duplicate(first, ev)), None)
        if n is None:
            out.append(ev)
            per_side.append(side)
            continue
        first = out[n]
        qty = first.quantity
        if ev.quantity is not None and (qty is None or (side and not per_side[n])):
            qty = ev.quantity
            per_side[n] = side
        out[n] = dataclasses.replace(first, location=first.location or ev.location, quantity=qty)
    return out


@dataclass(frozen=True, slots=True)
class Found:
    """One trigger occurrence in an analysed sentence."""

    row: Trigger
    k: int  # token index
    lo: int  # region: token indices [lo, hi)
    hi: int


def reference(tokens: tuple[Token, ...], f: Found, lex: Lexicon, year: str | None = None) -> bool:
    """A noun trigger right after منذ، جريمة، التحقيق في … names an event, it does not tell one;
    so does an attack or protest verb that tells the background (:func:`background`), and an attack
    dated by a year other than ``year`` (the article's: "قتل أخوها بالرصاص في 1996")."""
    if f.row.plover == "ASSAULT" and _other_year(tokens, f, year):
        return True
    if f.row.pos != "N":
        return background(tokens, f, lex)
    word = tokens[f.k].norm.removeprefix("و")
    if f.row.plover in _NO_ACTOR_TYPES and word.startswith(("ال", "بال", "لل")):
        # "الهجوم"، "المظاهرات": the event told before, or a generic one; but "تشاركان في الإضراب"
        # (a "told" cue: joining a protest) tells one
        told = f.row.plover == "PROTEST" and any(
            _cue(tokens[x].norm, lex) == "told" for x in range(max(0, f.k - 4), f.k)
        )
        return not told
    for x in range(max(0, f.k - 2), f.k):
        cue = lex.cues.get(tokens[x].norm) or lex.cues.get(tokens[x].norm[1:])
        result = tokens[x].norm == "الي" and any(t.norm.lstrip("و") in _RESULT for t in tokens[max(0, x - 4) : x])
        if cue and cue[0] == "reference" and not result:
            return True
    return False


def _other_year(tokens: tuple[Token, ...], f: Found, year: str | None) -> bool:
    """A year (1900-2100) within five words of the trigger, in its region, that is not ``year``."""
    for x in range(max(f.lo, f.k - 5), min(f.hi, f.k + 6)):
        word = tokens[x].norm
        if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100 and word != year:
            return True
    return False


def _cue(word: str, lex: Lexicon) -> str | None:
    cue = lex.cues.get(word) or lex.cues.get(word[1:] if word[:1] in ("و", "ف") else word)
    return cue[0] if cue else None


def background(tokens: tuple[Token, ...], f: Found, lex: Lexicon) -> bool:
    """An attack or protest verb that tells the background, not the news: inside a relative clause
    on a definite event noun of its type ("الهجوم الذي شنه", "التفجير الذي ضرب"), a verbal noun
    spelled like the verb after a reference cue or another event noun ("جرائم قتل", "اختطاف وقتل"),
    or an attack counted since a date ("وقتل 76 صحافيا منذ الغزو")."""
    if f.row.plover not in _NO_ACTOR_TYPES:
        return False
    rel = next((x for x in range(max(0, f.k - 3), f.k) if tokens[x].norm in _RELATIVE), None)
    if rel == f.k - 1 and f.row.plover == "ASSAULT":
        return True
    if rel is not None and any(_event_noun(tokens[x].norm, f.row.plover, lex) for x in range(max(0, rel - 3), rel)):
        return True
    word = tokens[f.k].norm
    if f.k > 0 and (word in f.row.stems or (word[:1] in ("و", "ف") and word[1:] in f.row.stems)):
        prev = tokens[f.k - 1].norm
        cue = lex.cues.get(prev) or lex.cues.get(prev[1:])
        if (cue and cue[0] == "reference") or (word[:1] == "و" and _event_noun("ال" + prev, f.row.plover, lex)):
            return True
    hi = min(f.hi, f.k + 7, len(tokens))
    return f.row.plover == "ASSAULT" and any(tokens[x].norm in ("منذ", "ومنذ") for x in range(f.k + 1, hi))


def _event_noun(word: str, plover: str, lex: Lexicon) -> bool:
    """A definite noun (ال, بال, لل) that a noun row of this PLOVER type matches."""
    bare = word.removeprefix("و").removeprefix("ف")
    if not bare.startswith(("ال", "بال", "لل")):
        return False
    return any(r.pos == "N" and r.plover == plover for r in lex.match(bare))


_NISBA = ("يه", "يين", "يون", "يا", "ي")


def misread(word: str, row: Trigger) -> bool:
    """A form a noun row matches that is no event: a relative adjective (:func:`nisba`), or an
    active participle row (داعيا، مطالبا) read on a definite or bare noun ("الداعية" the preacher,
    "مطالب" demands): the participle of manner is indefinite and accusative."""
    if row.agent:
        bare = word.removeprefix("و").removeprefix("ف")
        return bare.startswith(("ال", "بال", "لل")) or bare in row.stems
    return nisba(word, row)


def nisba(word: str, row: Trigger) -> bool:
    """A relative adjective of a noun trigger ("تصريحات هجومية", "خطة تفجيرية") qualifies a noun,
    it tells no event. Not for protests: "مسيرة احتجاجية" tells one."""
    if row.pos != "N" or row.plover == "PROTEST":
        return False
    bare = word.removeprefix("و").removeprefix("ف")
    for pre in ("بال", "لل", "ال", "ب", "ل", ""):
        if bare.startswith(pre):
            stem = bare[len(pre) :]
            if any(stem.endswith(suf) and stem[: -len(suf)] in row.stems for suf in _NISBA):
                return True
    return False


def modality(tokens: tuple[Token, ...], f: Found, lex: Lexicon) -> tuple[bool, str | None]:
    negated, mode = False, "intend" if f.row.intend else None
    for x in range(max(0, f.k - LEAD_WINDOW), f.k):
        word = tokens[x].norm
        cue = lex.cues.get(word) or lex.cues.get(word[1:] if word[:1] in ("و", "ف") else word)
        if cue is None or (cue[1] == "before" and f.k - x > BEFORE_WINDOW):
            continue
        if cue[1] == "before" and x < f.lo:
            continue
        if cue[0] == "negated":
            negated = True
        elif mode is None and cue[1] != "after" and cue[0] not in ("reference", "told"):
            mode = cue[0]
    for x in range(f.k + 1, min(len(tokens), f.k + 4)):
        cue = lex.cues.get(tokens[x].norm)
        if cue and cue[1] == "after" and mode is None:
            mode = cue[0]
    word = tokens[f.k].norm
    undergo = any(tokens[x].norm.lstrip("وف").startswith("تعرض") for x in range(max(0, f.k - 3), f.k))
    if mode is None and f.row.pos == "N" and word[:1] == "ل" and word[1:2] in ("ا", "ل", "ت", "م") and not undergo:
        mode = "intend"  # purpose: لإجراء، لاستضافة، للتوصل; not after تعرض ("تعرضت لإطلاق نار")
    return negated, mode


def location_of(a: Analysed) -> Place | None:
    best = None
    for m, place in a.places:
        if m.type in ("GPE", "LOC"):
            return place
        best = best or place
    return best


def date_of(a: Analysed, f: Found, times: tuple[TimeExpr, ...]) -> str | None:
    here = a.tokens[f.k].start
    inside = [t for t in times if t.value and _DATE.match(t.value) and a.sentence.start <= t.start < a.sentence.end]
    return min(inside, key=lambda t: abs(t.start - here)).value if inside else None
