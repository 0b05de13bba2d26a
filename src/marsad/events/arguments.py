"""Where a trigger's actors are (used by :mod:`marsad.events.stage`): the subject after or before
the predicate (VSO, SVO, carried over حيث/كما, unnamed subjects, participles), the target marked by
the frame's preposition or the direct object, the participants after بين, the visitor and the place
visited, the parties of a call, and the context a sentence leaves to the next (last subject, pair).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.actors import (
    Analysed,
    Group,
    Token,
    agent_adjectives,
    coordinated,
    coordinated_back,
    is_demonym,
    passive_agent,
)
from marsad.events.details import Found
from marsad.events.unnamed import passive_victims, unnamed_subject
from marsad.normalize import normalize
from marsad.records import Actor

COMPLEMENT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها"})
_PAIR_WORDS = frozenset(
    {
        "الجانبان",
        "الجانبين",
        "البلدان",
        "البلدين",
        "الطرفان",
        "الطرفين",
        "الوفدان",
        "الوفدين",
        "والجانبان",
        "والجانبين",
        "والبلدان",
        "والبلدين",
        "الاثنان",
        "الرئيسان",
        "الرئيسين",
        "الزعيمان",
        "الزعيمين",
        "الوزيران",
        "الوزيرين",
    }
)
_CLITIC_PREPS = ("ب", "ل")
SVO_GAP = frozenset(
    {
        "قد",
        "لقد",
        "وقد",
        "فقد",
        "سوف",
        "لم",
        "لن",
        "لا",
        "ما",
        "ايضا",
        "بدوره",
        "بدورها",
        "امس",
        "اليوم",
        "مؤخرا",
        "كان",
        "كانت",
    }
)
_OBJECT_GENITIVE = frozenset({"ASSAULT", "COERCE"})  # "اغتيال X", "قصف X", "اعتقال X": X is the target
NO_ACTOR_TYPES = frozenset({"PROTEST", "ASSAULT"})  # "انفجرت سيارة مفخخة" is an event without named actors
_PRONOUN_THAT = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما"})
_FRAME_PREPS = frozenset({"في", "وفي", "خلال", "وخلال", "عبر", "وعبر"})
_CONTINUE = frozenset({"حيث", "وحيث", "كما", "ثم"})
_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون", "تعرضا", "تعرضتا"})
_BETWEEN = frozenset({"بين", "وبين", "بينهما", "بينهم", "بينها"})
GOVERNORS = frozenset(
    {
        "نحو",
        "علي",
        "الي",
        "من",
        "عن",
        "في",
        "بعد",
        "قبل",
        "حول",
        "بشان",
        "اجل",
        "بهدف",
        "سبيل",
        "دون",
        "عقب",
        "اثر",
        "لاجل",
        "بغيه",
        "وقف",
        "مواصله",
        "استئناف",
        "مع",
        "ضد",
        "وفق",
        "ووفق",
        "حسب",
        "بحسب",
        "وبحسب",
        "طبقا",
        "لصالح",
        "لدي",
        "تجاه",
        "ازاء",
        "حيال",
    }
)
TARGET_REACH = 12  # the target starts at most this many words after the trigger


@dataclass
class Context:
    """What earlier sentences leave for later ones: the last subject and pair."""

    subject: list[Actor] = field(default_factory=list)
    pair: tuple[Actor, Actor] | None = None


def groups_in(a: Analysed, lo: int, hi: int) -> list[int]:
    return [n for n, g in enumerate(a.groups) if lo <= g.i and g.j < hi]


def _pair_word(a: Analysed, lo: int, hi: int) -> bool:
    return any(t.norm in _PAIR_WORDS for t in a.tokens[lo:hi])


def _between(a: Analysed, f: Found, text: str, ctx: Context) -> list[Actor] | None:
    """Participants after بين (None when the row has no between frame or no بين follows)."""
    if "between" not in f.row.frame and not f.row.host:
        return None
    marks = [x for x in range(f.k + 1, min(f.hi, f.k + 6)) if a.tokens[x].norm in _BETWEEN]
    if not marks:
        return None
    groups = [n for n in groups_in(a, marks[0], f.hi) if a.groups[n].i <= marks[0] + 2]
    if groups and a.tokens[marks[0]].norm in ("بين", "وبين"):
        return [g.actor for g in coordinated(a.groups, groups[0], text)]
    return (
        list(ctx.pair)
        if ctx.pair and _pair_word(a, marks[0], marks[0] + 2) or (a.tokens[marks[0]].norm == "بينهما" and ctx.pair)
        else []
    )


def _subject(a: Analysed, f: Found, text: str, ctx: Context) -> tuple[list[Group], list[int], bool]:
    """Subject groups, the groups left after the trigger, and whether a pair word stood as subject."""
    after = groups_in(a, f.k + 1, f.hi)
    before = groups_in(a, f.lo, f.k)
    first_after = a.tokens[f.k + 1].norm if f.k + 1 < len(a.tokens) else ""
    if f.row.agent:  # the participle's subject is the sentence's: "قال لافروف: ...، مدعيا أن"
        first = next((n for n, g in enumerate(a.groups) if not _quoted(a, g, text)), None)
        that = next((x for x, t in enumerate(a.tokens) if t.norm in COMPLEMENT), len(a.tokens))
        if first is not None and a.groups[first].i > that and ctx.subject:
            return [], after, False  # "وأكد أن تزويد إيران ...، داعيا": the speaker told before calls
        return (coordinated(a.groups, first, text) if first is not None else []), after, False
    if first_after in _PAIR_WORDS or (not before and _pair_word(a, f.lo, f.k)):
        return [], after, True
    if f.row.pos == "V" and not before and f.lo > 0 and a.tokens[f.lo - 1].norm in _PRONOUN_THAT:
        return [], after, False  # "قال إنه سيقابل X": the pronoun is the subject, X the object
    carried = _carried_subject(a, f, after, text)
    if carried:
        return carried, after, False
    if f.row.visit and f.row.pos == "V" and after and _country_name(a.groups[after[0]]):
        svo = _svo_subject(a, f, before)  # "ليزور فرنسا": the country is the place visited, not the visitor
        return (coordinated_back(a.groups, svo, text) if svo is not None else []), after, False
    svo = _svo_subject(a, f, before)
    if svo is not None:
        subject = coordinated_back(a.groups, svo, text)
        return subject, after, False
    object_genitive = (
        f.row.pos == "N"
        and (f.row.host or f.row.plover in _OBJECT_GENITIVE)
        and not _pronoun_suffix(text, a.tokens[f.k])  # "في استقباله الرئيس": the pronoun is the object
    )
    if (
        after
        and not object_genitive
        and not _is_prep_marked(a, a.groups[after[0]], f.row.frame)
        and not prep_object(a, a.groups[after[0]])  # "وقتل عشرة موالين لدمشق", "زيارة حاملة إلى فيتنام"
        and (f.row.pos == "V" or a.groups[after[0]].i <= f.k + (5 if f.row.visit else 2))  # "زيارة ولي العهد، الأمير"
    ):
        subject = coordinated(a.groups, after[0], text)
        return subject, [n for n in after if a.groups[n] not in subject], False
    before = [n for n in before if not prep_object(a, a.groups[n])]
    if before and not (f.row.pos == "N" and f.row.plover in NO_ACTOR_TYPES | _OBJECT_GENITIVE):
        return coordinated_back(a.groups, before[-1], text), after, False
    return [], after, False  # "بسبب احتجاجات مماثلة": a name told before an attack or protest noun is no agent


def prep_object(a: Analysed, g: Group) -> bool:
    """A group inside a prepositional phrase ("لأوكرانيا", "في غوطة دمشق") is no subject or object."""
    clitic = _clitic(a, g).removeprefix("و").removeprefix("ف")
    return clitic.startswith(_CLITIC_PREPS) or (g.i > 0 and a.tokens[g.i - 1].norm in GOVERNORS)


def _country_name(g: Group) -> bool:
    m = g.members[0]
    return len(g.members) == 1 and m.type == "GPE" and m.entity is not None and not is_demonym(m.entity)


def _clitic(a: Analysed, g: Group) -> str:
    """The letters of the group's first word before the name ("ل" of "لحزب الله", "وب" of "وبروسيا")."""
    tok = a.tokens[g.i]
    return normalize(a.sentence.text[tok.start - a.sentence.start : g.members[0].start - a.sentence.start])


def _carried_subject(a: Analysed, f: Found, after: list[int], text: str) -> list[Group]:
    """ "حل محمد بن سلمان في لندن، حيث التقى الملكة": after حيث/كما/ثم a verb with no subject of its
    own (no partner marked by مع/ب after it) keeps the subject of the sentence's first clause."""
    if f.row.pos != "V" or f.k == 0 or a.tokens[f.k - 1].norm not in _CONTINUE:
        return []
    if not after or any(_is_prep_marked(a, a.groups[n], f.row.frame) for n in after):
        return []
    first = next((n for n, g in enumerate(a.groups) if g.j < f.k and not prep_object(a, g)), None)
    return coordinated(a.groups, first, text) if first is not None else []


def _svo_subject(a: Analysed, f: Found, before: list[int]) -> int | None:
    """A group right before the verb ("ولي العهد السعودي قد زار", "X سيلتقي Y") is its subject."""
    if f.row.pos != "V" or not before:
        return None
    g = a.groups[before[-1]]
    between = [t.norm for t in a.tokens[g.j + 1 : f.k]]
    gap = a.sentence.text[g.end - a.sentence.start : a.tokens[f.k].start - a.sentence.start]
    clitic = _clitic(a, g)
    same = {g.actor.kb_id or g.actor.name_en}
    first_of_clause = all((a.groups[n].actor.kb_id or a.groups[n].actor.name_en) in same for n in before[:-1])
    if (
        (("،" in gap or "," in gap) and not first_of_clause)
        or clitic.endswith(("ل", "ب"))
        or (g.i > 0 and a.tokens[g.i - 1].norm in GOVERNORS)
    ):
        return None
    return before[-1] if all(w in SVO_GAP for w in between) else None


def _quoted(a: Analysed, g: Group, text: str) -> bool:
    head = text[a.sentence.start : g.start]
    return sum(head.count(c) for c in "«“") > sum(head.count(c) for c in "»”") or head.count('"') % 2 == 1


def _visited(a: Analysed, f: Found, rest: list[int]) -> list[Actor]:
    """The place or actor visited: the nearest after the trigger that is not an origin ("في زيارة
    له من روسيا") - a place mention or a name ("زيارة ماي إلى السعودية ... اليمن" -> Saudi Arabia)."""
    cands: list[tuple[int, Actor]] = []
    for m, place in a.places:
        if f.k < m.i < f.hi and place.country and not _origin(a, m.i):
            cands.append((m.i, Actor(name_en=place.name_en, kb_id=place.kb_id, country=place.country)))
    for n in rest:
        g = a.groups[n]
        governed = g.i > 0 and a.tokens[g.i - 1].norm in GOVERNORS and a.tokens[g.i - 1].norm != "الي"
        if not _origin(a, g.i) and not governed:  # "بشأن إيران" is no destination
            cands.append((g.i, g.actor))
    return [min(cands, key=lambda c: c[0])[1]] if cands else []


def _origin(a: Analysed, i: int) -> bool:
    return i > 0 and a.tokens[i - 1].norm in ("من", "قادما", "قادمه", "قادمين")


def _place_actor(a: Analysed, lo: int, hi: int) -> Actor | None:
    """The first place in tokens [lo, hi) that is not an origin ("في زيارة له من روسيا")."""
    for m, place in a.places:
        if lo <= m.i < hi and place.country and not _origin(a, m.i):
            return Actor(name_en=place.name_en, kb_id=place.kb_id, country=place.country)
    return None


def arguments(a: Analysed, f: Found, text: str, ctx: Context) -> tuple[list[Actor], list[Actor]]:
    if f.row.passive:
        return passive_agent(a, f.k)
    between = _between(a, f, text, ctx)
    if between is not None and not f.row.host:
        return (between, []) if f.row.sym else (between[:1], between[1:])
    victims = passive_victims(a, f)
    if victims is not None:
        return [], victims
    unnamed = unnamed_subject(a, f)
    subject: list[Group]
    if unnamed is not None:  # "تظاهر مئات الأشخاص"، "ودعا بعضهم الرئيس": no named subject
        subject, pair = [], False
        rest = groups_in(a, f.k + 1, f.hi)
        rest = [n for n in rest if not (unnamed and a.groups[n].actor == Actor(country=unnamed[0].country))]
    else:
        subject, rest, pair = _subject(a, f, text, ctx)
    if f.row.blame:  # "قال ترامب إن إيران تقف خلف كل المشاكل": the speaker blames the subject
        return list(ctx.subject), [g.actor for g in subject if g.actor not in ctx.subject]
    sources = [g.actor for g in subject] or list(unnamed or [])
    if f.row.pos == "N" and f.row.plover in _OBJECT_GENITIVE:
        undergoer = _undergoer(a, f, text)
        if undergoer:  # "تعرضت موسكو لعقوبات أمريكية": Moscow is the target
            return [g.actor for g in agent_adjectives(a, f.k, text)], undergoer
        sources = sources or [g.actor for g in agent_adjectives(a, f.k, text)]
    host = _place_actor(a, f.k + 1, f.k + 3) if f.row.host else None
    if host:  # "احتضنتها مدينة إسطنبول"
        sources = [host]
    victim = f.row.plover in _OBJECT_GENITIVE  # "مقتلها", "اعتقاله": the pronoun is the one it befell
    if not sources and f.row.pos == "N" and not victim and _pronoun_suffix(text, a.tokens[f.k]):
        sources = _cataphora(a, f, rest, text) or list(ctx.subject)  # "بعد لقائه مع لافروف، أشاد فيدان"
    if f.row.sym and f.row.pos == "N" and f.k > 0 and a.tokens[f.k - 1].norm in _FRAME_PREPS and len(sources) < 2:
        sources = _call_parties(a, f) or sources or _clause_subjects(a, f, text)  # one event per pair
    if not sources:
        if pair and ctx.pair:
            return list(ctx.pair), []
        if f.row.visit:
            return [], []
        if (
            not pair
            and unnamed is None
            and (f.row.pos == "V" or f.row.agent or f.row.host or (f.lo > 0 and a.tokens[f.lo - 1].norm in COMPLEMENT))
        ):
            sources = list(ctx.subject)
    if f.row.visit:
        return sources, _visited(a, f, rest)
    targets = between if between is not None else [g.actor for g in _target(a, f, rest, text)]
    if not targets and ctx.subject and _pronoun_suffix(text, a.tokens[f.k]):
        targets = [x for x in ctx.subject if x not in sources]  # "كان في استقباله": the guest told before
    return sources, [t for t in targets if t not in sources]


def _undergoer(a: Analysed, f: Found, text: str) -> list[Actor]:
    """The subject of تعرض before an attack or sanction noun: the one it happened to."""
    marks = [x for x in range(max(0, f.k - 5), f.k) if a.tokens[x].norm.lstrip("وف") in _UNDERGO]
    groups = groups_in(a, marks[-1] + 1, f.k) if marks else []
    return [g.actor for g in coordinated(a.groups, groups[0], text)] if groups else []


def _cataphora(a: Analysed, f: Found, rest: list[int], text: str) -> list[Actor]:
    """The subject of the clause that follows a noun with a pronoun ("خلال زيارته ...، أشاد لافروف")."""
    later = [g for g in a.groups if g.i > f.k and not _is_prep_marked(a, g, ("مع", "ب", "ل", "الي", "علي"))]
    comma = a.sentence.text.find("،", a.tokens[f.k].end - a.sentence.start)
    later = [g for g in later if comma >= 0 and g.start - a.sentence.start > comma]
    return [later[0].actor] if later else []


def _call_parties(a: Analysed, f: Found) -> list[Actor]:
    """ "قال مون لنظيره الأميركي ترامب في اتصال هاتفي": the speaker and the one spoken to, named
    before the call noun, are its two parties."""
    before = [g for g in a.groups if g.j < f.k]
    subject = next((g for g in before if not prep_object(a, g)), None)
    if subject is None:
        return []
    partner = next((g for g in before if g.i > subject.j and _clitic(a, g).lstrip("و") in ("ل", "لل")), None)
    return [subject.actor, partner.actor] if partner else []


def _clause_subjects(a: Analysed, f: Found, text: str) -> list[Actor]:
    """The coordinated subject of the clause after the comma that closes "في مكالمة هاتفية،"."""
    comma = a.sentence.text.find("،", a.tokens[f.k].end - a.sentence.start)
    if comma < 0:
        return []
    later = [n for n, g in enumerate(a.groups) if g.start - a.sentence.start > comma and not prep_object(a, g)]
    return [g.actor for g in coordinated(a.groups, later[0], text)] if later else []


def _pronoun_suffix(text: str, tok: Token) -> bool:
    word = text[tok.start : tok.end]
    return word.endswith(("ه", "ها", "هم", "هما")) and not word.endswith("ة")


def _is_prep_marked(a: Analysed, g: Group, frame: tuple[str, ...]) -> bool:
    preps = [p for p in frame if p not in ("obj", "that", "between")]
    clitic = _clitic(a, g)
    if any(clitic.endswith(p) for p in preps if p in _CLITIC_PREPS):
        return True
    named = {x for h in a.groups for m in h.members if m.type != "GENERIC" for x in range(m.i, m.j + 1)}
    for x in range(max(0, g.i - 2), g.i):
        t = a.tokens[x]
        if x in named:
            continue
        if t.norm in preps or (t.norm[:1] in _CLITIC_PREPS and t.norm[:1] in preps and len(t.norm) > 3):
            return True
    return False


def _target(a: Analysed, f: Found, rest: list[int], text: str) -> list[Group]:
    frame = f.row.frame
    if "that" in frame:
        marks = [k for k in range(f.k + 1, len(a.tokens)) if a.tokens[k].norm in COMPLEMENT]
        groups = [n for n in groups_in(a, marks[0], len(a.tokens)) if a.groups[n].i <= marks[0] + 3] if marks else []
        return coordinated(a.groups, groups[0], text) if groups else []
    rest = [n for n in rest if a.groups[n].i <= f.k + TARGET_REACH]
    for n in rest:
        if _is_prep_marked(a, a.groups[n], frame):
            return coordinated(a.groups, n, text)
    if "obj" in frame:  # a direct object is not inside a prepositional phrase ("بغارات روسية")
        rest = [n for n in rest if not prep_object(a, a.groups[n])]
    if not rest or _nameless_partner(a, f, a.groups[rest[0]]):
        return []
    return coordinated(a.groups, rest[0], text)


def _nameless_partner(a: Analysed, f: Found, g: Group) -> bool:
    """ "اتصالات ماكرون مع القادرين على الضغط على نظام الأسد": the frame's preposition comes first
    and what it governs is no actor, so a later name is not the partner."""
    preps = {p for p in f.row.frame if p not in ("obj", "that", "between")}
    named = {x for h in a.groups for m in h.members for x in range(m.i, m.j + 1)}
    return any(a.tokens[x].norm in preps and x + 1 not in named for x in range(f.k + 1, g.i) if x not in named)
