"""Subjects the text does not name: "تظاهر مئات الأشخاص"، "ودعا بعضهم الرئيس"، "ودعت اللجنة
اليهودية الأمريكية بوتين". When the word right after a verb trigger (past particles and time words)
is a count, a quantifier or a definite noun that no entity covers, that phrase is the subject: its
country is the one of a demonym right after it (PLOVER codes protesters and gunmen by their
nationality when the text gives one), otherwise the subject has no country; a name after it is
the object, and the subject of an earlier sentence is not carried over. A definite noun without
a demonym is left to the other rules (it may be an object or stand for a named actor)."""

from __future__ import annotations

from marsad.events.actors import Analysed, is_demonym, nisba_only
from marsad.events.details import Found
from marsad.records import Actor

_SKIP = frozenset(
    {
        "قد",
        "لقد",
        "امس",
        "ايضا",
        "اليوم",
        "الليله",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعه",
        "السبت",
        "الاحد",
        "صباح",
        "مساء",
        "فجر",
        "ظهر",
        "صباحا",
        "مساءا",
        "بدوره",
        "بدورها",
        "مجددا",
        "مؤخرا",
    }
)
_QUANTITY = frozenset(
    {
        "مئات",
        "الاف",
        "الوف",
        "عشرات",
        "حوالي",
        "نحو",
        "قرابه",
        "زهاء",
        "اكثر",
        "الالاف",
        "المئات",
        "العشرات",
        "بعض",
        "بعضهم",
        "بعضها",
        "غيرهم",
        "عدد",
        "عده",
        "كثيرون",
        "اخرون",
        "معظم",
        "غالبيه",
        "مجموعه",
        "حشود",
        "حشد",
    }
)
_PAIR = frozenset({"الجانبان", "الجانبين", "البلدان", "البلدين", "الطرفان", "الطرفين", "الوفدان", "الوفدين"})
_TITLES = frozenset(
    {"الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "السيد", "السيده", "الرئيسه", "الدكتور", "البابا"}
    | {"الامام", "السلطان", "المشير", "الحاخام", "الكاردينال", "الاميرال", "الدكتوره", "المستشاره", "الرئيس"}
)
_SOME = frozenset({"بعضهم", "بعضها", "كثيرون", "اخرون", "غيرهم"})  # subjects, whatever the verb
_FUNCTION = frozenset({"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الا", "الان", "اللاتي"})


def unnamed_subject(a: Analysed, f: Found) -> list[Actor] | None:
    """The unnamed subject after verb ``f`` as an actor with only the country of its demonym ([]
    when it has none), or None when the word after the verb is a name, a preposition or anything
    else (the other subject rules apply)."""
    if f.row.pos != "V" or f.row.agent or f.row.passive:
        return None
    x = f.k + 1
    while x < f.hi and a.tokens[x].norm in _SKIP:
        x += 1
    if x >= f.hi or _named(a, x):
        return None
    word = a.tokens[x].norm
    construct = word.startswith("ال") and any(g.i == x + 1 and not nisba_only(g) for g in a.groups)
    if word in _PAIR or word in _TITLES or construct:
        return None  # "اتفق الجانبان" (the pair rules), "التقى الملكة إليزابيث" (a title, a name after it)
    count = (word.isdigit() or word in _QUANTITY) and word not in _SOME
    if count and "obj" in f.row.frame:
        return None  # "قتلت 47 إرهابيا": after a transitive verb a count is the object
    if not (count or word in _SOME or (word.startswith("ال") and word not in _FUNCTION)):
        return None
    for g in sorted(a.adjectives + a.groups, key=lambda g: g.i):
        head = g.members[0].entity
        if x < g.i <= x + 2 and head is not None and is_demonym(head) and head.country:
            return [Actor(country=head.country, sector=g.actor.sector if len(g.members) == 1 else None)]
        if g.i > x:
            break
    # a definite noun with no demonym may be the object of a verb whose subject is a pronoun
    # ("قد حث الأمهات") or stand for a named actor ("أوقفت المملكة"): the other rules decide
    return None if word.startswith("ال") and word not in _QUANTITY else []


def _named(a: Analysed, x: int) -> bool:
    spans = [(g.i, g.j) for g in a.groups + a.adjectives] + [(m.i, m.j) for m, _ in a.places]
    return any(i <= x <= j for i, j in spans)


def passive_victims(a: Analysed, f: Found) -> list[Actor] | None:
    """ "قتل 40 جنديا تركيا": a bare perfect attack or arrest verb followed by a count is the passive
    (قُتل), the count its victims; their demonym is the target ([] without one), no source. None when
    the verb does not read so."""
    if f.row.pos != "V" or "obj" not in f.row.frame or f.row.plover not in ("ASSAULT", "COERCE"):
        return None
    word = a.tokens[f.k].norm
    word = word[1:] if word[:1] in ("و", "ف") and word[1:] in f.row.stems else word
    if word not in f.row.stems or word.startswith(("ي", "ت", "ن", "س")) or word.endswith(("ت", "وا", "ا")):
        return None  # only the bare perfect (قتل، اعتقل، خطف) reads as a passive
    x = f.k + 1
    while x < f.hi and a.tokens[x].norm in _SKIP:
        x += 1
    if x >= f.hi or not (a.tokens[x].norm.isdigit() or a.tokens[x].norm in _QUANTITY):
        return None
    while x + 1 < f.hi and (a.tokens[x + 1].norm.isdigit() or a.tokens[x + 1].norm in _QUANTITY | {"من"}):
        x += 1  # "أكثر من 40": the last word of the count
    for g in a.adjectives + a.groups:
        head = g.members[0].entity
        if g.i == x + 2 and head is not None and head.type == "GPE" and head.country:
            return [Actor(country=head.country)]  # "40 جنديا تركيا": the demonym after the counted noun
    return []
