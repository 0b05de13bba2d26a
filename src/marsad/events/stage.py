"""The event coder (stage ``events/v1``): Arabic predicates to PLOVER/CAMEO events.

One pass over the sentences of an article. In each sentence every word is
looked up in the trigger lexicon (``data/events/triggers.tsv``); a trigger
row whose ``needs`` words occur nearby fires, and its frame says where the
source and target actors are (see :mod:`marsad.events.actors` for how
entity mentions become actors). Then mode and negation come from cue words
(``cues.tsv``), the location from a place mention of the sentence, the date
from a time expression of the sentence (the one nearest the trigger) or, by
default, the article's published date, and the quantity from a number after
the trigger ("ألف أسير مقابل ألف أسير" → 1000, per side).

Several actors on one side of a symmetric predicate (one phone call, one
meeting) give one event per pair. Events that repeat inside the article
(same type, actors, negation and mode) are merged into the first telling,
which borrows the location, date and quantity it lacks from the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.events.actors import (
    Analysed,
    Analyser,
    Group,
    Mention,
    Token,
    agent_adjectives,
    analyse_article,
    coordinated,
    coordinated_back,
    is_demonym,
    passive_agent,
    token_cores,
)
from marsad.events.details import Found, date_of, dedupe, location_of, misread, modality, quantity, reference
from marsad.events.lexicon import Lexicon, Trigger, load_lexicon
from marsad.events.unnamed import unnamed_subject
from marsad.normalize import normalize
from marsad.records import Actor, Article, Event

_COMPLEMENT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها"})
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
_SVO_GAP = frozenset(
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
_TWO_SIDED = frozenset({"CONSULT"})  # a meeting or a visit names both sides, or it is not coded
_NO_ACTOR_TYPES = frozenset({"PROTEST", "ASSAULT"})  # "انفجرت سيارة مفخخة" is an event without named actors
_PRONOUN_THAT = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما"})
_CLAUSE = frozenset({"بينما", "وبينما", "لكن", "ولكن", "لكنه", "لكنها", "لكنهم"})  # a new clause
_FRAME_PREPS = frozenset({"في", "وفي", "خلال", "وخلال", "عبر", "وعبر"})
_CONTINUE = frozenset({"حيث", "وحيث", "كما", "ثم"})
_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون", "تعرضا", "تعرضتا"})
_BETWEEN = frozenset({"بين", "وبين", "بينهما", "بينهم", "بينها"})
_GOVERNORS = frozenset(
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
    }
)
NEEDS_BEFORE, NEEDS_AFTER = 3, 14
TARGET_REACH = 12  # the target starts at most this many words after the trigger


@dataclass
class Context:
    """What earlier sentences leave for later ones: the last subject and pair."""

    subject: list[Actor] = field(default_factory=list)
    pair: tuple[Actor, Actor] | None = None


class EventStage:
    """``events/v1``: reads ``article.entities`` and ``article.times``, fills ``article.events``."""

    name = "events/v1"

    def __init__(self, resources: Any) -> None:
        self.lex: Lexicon = resources.get("events/lexicon", load_lexicon)
        self.analyse: Analyser = resources.get("events/analyser", lambda: Analyser(self.lex))

    def __call__(self, article: Article) -> Article:
        analysed = self.analyse(article.text, article.entities)
        return dataclasses.replace(article, events=tuple(extract_events(article, self.lex, analysed)))


def extract_events(article: Article, lex: Lexicon, analysed: Sequence[Analysed] | None = None) -> list[Event]:
    ctx = Context()
    events: list[tuple[Event, bool]] = []
    if analysed is None:
        analysed = analyse_article(article.text, article.entities, lex)
    for a in analysed:
        speakers = speech_subjects(a, lex, article.text)
        for found in find_triggers(a, lex):
            for k, actors in speakers:
                if k < found.k:
                    ctx.subject = actors
            speakers = [(k, x) for k, x in speakers if k >= found.k]
            events.extend(code_events(a, found, article, lex, ctx))
        for _, actors in speakers:
            ctx.subject = actors
    return dedupe(events)


def speech_subjects(a: Analysed, lex: Lexicon, text: str) -> list[tuple[int, list[Actor]]]:
    """Speech verbs of the sentence with the actors that speak (the subject after the verb)."""
    out = []
    for k, tok in enumerate(a.tokens):
        if not is_speech(tok.norm, lex):
            continue
        stop = next((x for x in range(k + 1, len(a.tokens)) if a.tokens[x].norm in _COMPLEMENT), len(a.tokens))
        stop = min(stop, k + 9)
        after = _groups_in(a, k + 1, stop)
        if after:
            out.append((k, [g.actor for g in coordinated(a.groups, after[0], text)]))
            continue
        before = [
            n for n, g in enumerate(a.groups) if g.j < k and all(t.norm in _SVO_GAP for t in a.tokens[g.j + 1 : k])
        ]
        if before and not _prep_object(a, a.groups[before[-1]]):  # "ترامب قال إنه ..."
            out.append((k, [g.actor for g in coordinated_back(a.groups, before[-1], text)]))
    return out


def is_speech(word: str, lex: Lexicon) -> bool:
    return word in lex.speech or (word[:1] in ("و", "ف") and word[1:] in lex.speech)


def _covered(a: Analysed) -> set[int]:
    """Tokens inside names: no trigger there. Only linked names count ("احتشد آلاف المتظاهرين"
    tagged LOC with no knowledge-base entry by the statistical tagger still holds a verb)."""
    out: set[int] = set()
    for g in a.groups:
        for m in g.members:
            if m.type != "GENERIC" and _linked(m):
                out.update(range(m.i, m.j + 1))
    for m, _ in a.places:
        if _linked(m):
            out.update(range(m.i, m.j + 1))
    return out


def _linked(m: Mention) -> bool:
    e = m.entity
    return e is None or e.type == "PERSON" or bool(e.kb_id or e.name_en or e.country) or m.i == m.j


def find_triggers(a: Analysed, lex: Lexicon) -> list[Found]:
    """Trigger rows that fire in the sentence, with the token region each governs."""
    covered = _covered(a)
    hits: list[tuple[int, Trigger]] = []
    for k, tok in enumerate(a.tokens):
        if k in covered:
            continue
        for row in lex.match(tok.norm):
            if _needs_ok(a.tokens, k, row) and not _masdar(a.tokens, k, row) and not misread(tok.norm, row):
                hits.append((k, row))
                break
    cuts = sorted(
        {k for k, row in hits if row.pos == "V"}
        | {k for k, t in enumerate(a.tokens) if t.norm in _COMPLEMENT or is_speech(t.norm, lex)}
        | {
            k
            for k, t in enumerate(a.tokens)
            if t.norm in _CLAUSE or (t.norm == "حين" and k and a.tokens[k - 1].norm == "في")
        }
    )
    out = []
    for k, row in hits:
        lo = max((c + 1 for c in cuts if c < k), default=0)
        hi = min((c for c in cuts if c > k), default=len(a.tokens))
        out.append(Found(row, k, lo, hi))
    return out


def _masdar(tokens: tuple[Token, ...], k: int, row: Trigger) -> bool:
    """A verb row matched by its bare stem right after a preposition is a verbal noun ("نحو توصل")."""
    word = tokens[k].norm
    bare = word in row.stems or (word[:1] in ("و", "ف") and word[1:] in row.stems)
    return row.pos == "V" and bare and k > 0 and tokens[k - 1].norm in _GOVERNORS


def _needs_ok(tokens: tuple[Token, ...], k: int, row: Trigger) -> bool:
    if not row.needs:
        return True
    before, after = (NEEDS_BEFORE, NEEDS_AFTER) if row.pos == "V" else (0, 4)
    lo, hi = max(0, k - before), min(len(tokens), k + after + 1)
    return any(not row.needs.isdisjoint(token_cores(tokens[x])) for x in range(lo, hi) if x != k)


def code_events(a: Analysed, f: Found, article: Article, lex: Lexicon, ctx: Context) -> list[tuple[Event, bool]]:
    if reference(a.tokens, f, lex):
        return []
    sources, targets = _arguments(a, f, article.text, ctx)
    if not sources and not targets and f.row.plover not in _NO_ACTOR_TYPES:
        return []
    if "that" in f.row.frame and not any(t and t.country for t in targets):
        return []  # "ادعى أن الجانبين وافقوا": a claim with no one it is about is no accusation
    negated, mode = modality(a.tokens, f, lex)
    qty = quantity(a.tokens, f.k + 1, min(f.hi, f.k + 14), article.times, lex)
    base = Event(
        type=f.row.plover,
        cameo=f.row.cameo,
        location=location_of(a),
        date=date_of(a, f, article.times) or article.published,
        quantity=qty[0] if qty else None,
        negated=negated,
        mode=mode,
        sentence=a.sentence.text,
        start=a.sentence.start,
        end=a.sentence.end,
        trigger=article.text[a.tokens[f.k].start : a.tokens[f.k].end],
    )
    two_sided = f.row.sym or f.row.two or f.row.plover in _TWO_SIDED
    pairs = [(x, y) for x, y in _pairs(sources, targets, f.row.sym) if _coded(x, y, two_sided, f.row.plover)]
    if not pairs and f.row.plover not in _NO_ACTOR_TYPES:
        return []
    if sources and f.row.pos == "V":
        ctx.subject = sources
    if f.row.sym and pairs and pairs[0][1] is not None and pairs[0][0] is not None:
        ctx.pair = (pairs[0][0], pairs[0][1])
    per_side = bool(qty and qty[1])
    return [(dataclasses.replace(base, source=s, target=t), per_side) for s, t in pairs]


def _coded(x: Actor | None, y: Actor | None, two_sided: bool, plover: str) -> bool:
    """Whether a source-target pair is coded: a meeting needs two countries, and any event but an
    attack or a protest a source country (the gold never holds one without: GOLD.md)."""
    if two_sided:
        return bool(x and y and x.country and y.country and x.country != y.country)
    return plover in _NO_ACTOR_TYPES or bool(x and x.country)


def _pairs(sources: list[Actor], targets: list[Actor], sym: bool) -> list[tuple[Actor | None, Actor | None]]:
    if sym and len(sources) + len(targets) >= 2:
        people: list[Actor] = []
        for p in sources + targets:
            if p not in people:
                people.append(p)
        if len(people) >= 3 or not targets:
            return [(x, y) for n, x in enumerate(people) for y in people[n + 1 :]]
    if not sources:
        return [(None, t) for t in targets] if targets else [(None, None)]
    ends: list[Actor | None] = list(targets) or [None]
    return [(s, t) for s in sources for t in ends]


def _groups_in(a: Analysed, lo: int, hi: int) -> list[int]:
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
    groups = [n for n in _groups_in(a, marks[0], f.hi) if a.groups[n].i <= marks[0] + 2]
    if groups and a.tokens[marks[0]].norm in ("بين", "وبين"):
        return [g.actor for g in coordinated(a.groups, groups[0], text)]
    return (
        list(ctx.pair)
        if ctx.pair and _pair_word(a, marks[0], marks[0] + 2) or (a.tokens[marks[0]].norm == "بينهما" and ctx.pair)
        else []
    )


def _subject(a: Analysed, f: Found, text: str, ctx: Context) -> tuple[list[Group], list[int], bool]:
    """Subject groups, the groups left after the trigger, and whether a pair word stood as subject."""
    after = _groups_in(a, f.k + 1, f.hi)
    before = _groups_in(a, f.lo, f.k)
    first_after = a.tokens[f.k + 1].norm if f.k + 1 < len(a.tokens) else ""
    if f.row.agent:  # the participle's subject is the sentence's: "قال لافروف: ...، مدعيا أن"
        first = next((n for n, g in enumerate(a.groups) if not _quoted(a, g, text)), None)
        that = next((x for x, t in enumerate(a.tokens) if t.norm in _COMPLEMENT), len(a.tokens))
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
        and not _prep_object(a, a.groups[after[0]])  # "وقتل عشرة موالين لدمشق", "زيارة حاملة إلى فيتنام"
        and (f.row.pos == "V" or a.groups[after[0]].i <= f.k + (5 if f.row.visit else 2))  # "زيارة ولي العهد، الأمير"
    ):
        subject = coordinated(a.groups, after[0], text)
        return subject, [n for n in after if a.groups[n] not in subject], False
    before = [n for n in before if not _prep_object(a, a.groups[n])]
    if before and not (f.row.pos == "N" and f.row.plover in _NO_ACTOR_TYPES | _OBJECT_GENITIVE):
        return coordinated_back(a.groups, before[-1], text), after, False
    return [], after, False  # "بسبب احتجاجات مماثلة": a name told before an attack or protest noun is no agent


def _prep_object(a: Analysed, g: Group) -> bool:
    """A group inside a prepositional phrase ("لأوكرانيا", "في غوطة دمشق") is no subject or object."""
    clitic = _clitic(a, g).removeprefix("و").removeprefix("ف")
    return clitic.startswith(_CLITIC_PREPS) or (g.i > 0 and a.tokens[g.i - 1].norm in _GOVERNORS)


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
    first = next((n for n, g in enumerate(a.groups) if g.j < f.k and not _prep_object(a, g)), None)
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
        or (g.i > 0 and a.tokens[g.i - 1].norm in _GOVERNORS)
    ):
        return None
    return before[-1] if all(w in _SVO_GAP for w in between) else None


def _quoted(a: Analysed, g: Group, text: str) -> bool:
    head = text[a.sentence.start : g.start]
    return sum(head.count(c) for c in "«“") > sum(head.count(c) for c in "»”") or head.count('"') % 2 == 1


def _place_actor(a: Analysed, lo: int, hi: int) -> Actor | None:
    """The first place in tokens [lo, hi) that is not an origin ("في زيارة له من روسيا")."""
    for m, place in a.places:
        origin = m.i > 0 and a.tokens[m.i - 1].norm in ("من", "قادما", "قادمه", "قادمين")
        if lo <= m.i < hi and place.country and not origin:
            return Actor(name_en=place.name_en, kb_id=place.kb_id, country=place.country)
    return None


def _arguments(a: Analysed, f: Found, text: str, ctx: Context) -> tuple[list[Actor], list[Actor]]:
    if f.row.passive:
        return passive_agent(a, f.k)
    between = _between(a, f, text, ctx)
    if between is not None and not f.row.host:
        return (between, []) if f.row.sym else (between[:1], between[1:])
    unnamed = unnamed_subject(a, f)
    subject: list[Group]
    if unnamed is not None:  # "تظاهر مئات الأشخاص"، "ودعا بعضهم الرئيس": no named subject
        subject, pair = [], False
        rest = _groups_in(a, f.k + 1, f.hi)
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
            and (f.row.pos == "V" or f.row.agent or f.row.host or (f.lo > 0 and a.tokens[f.lo - 1].norm in _COMPLEMENT))
        ):
            sources = list(ctx.subject)
    if f.row.visit:
        place = _place_actor(a, f.k + 1, f.hi)
        visited = [a.groups[n].actor for n in rest[:1]]
        return sources, [place] if place else visited[:1]
    targets = between if between is not None else [g.actor for g in _target(a, f, rest, text)]
    if not targets and ctx.subject and _pronoun_suffix(text, a.tokens[f.k]):
        targets = [x for x in ctx.subject if x not in sources]  # "كان في استقباله": the guest told before
    return sources, [t for t in targets if t not in sources]


def _undergoer(a: Analysed, f: Found, text: str) -> list[Actor]:
    """The subject of تعرض before an attack or sanction noun: the one it happened to."""
    marks = [x for x in range(max(0, f.k - 5), f.k) if a.tokens[x].norm.lstrip("وف") in _UNDERGO]
    groups = _groups_in(a, marks[-1] + 1, f.k) if marks else []
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
    subject = next((g for g in before if not _prep_object(a, g)), None)
    if subject is None:
        return []
    partner = next((g for g in before if g.i > subject.j and _clitic(a, g).lstrip("و") in ("ل", "لل")), None)
    return [subject.actor, partner.actor] if partner else []


def _clause_subjects(a: Analysed, f: Found, text: str) -> list[Actor]:
    """The coordinated subject of the clause after the comma that closes "في مكالمة هاتفية،"."""
    comma = a.sentence.text.find("،", a.tokens[f.k].end - a.sentence.start)
    if comma < 0:
        return []
    later = [n for n, g in enumerate(a.groups) if g.start - a.sentence.start > comma and not _prep_object(a, g)]
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
        marks = [k for k in range(f.k + 1, len(a.tokens)) if a.tokens[k].norm in _COMPLEMENT]
        groups = [n for n in _groups_in(a, marks[0], len(a.tokens)) if a.groups[n].i <= marks[0] + 3] if marks else []
        return coordinated(a.groups, groups[0], text) if groups else []
    rest = [n for n in rest if a.groups[n].i <= f.k + TARGET_REACH]
    for n in rest:
        if _is_prep_marked(a, a.groups[n], frame):
            return coordinated(a.groups, n, text)
    if "obj" in frame:  # a direct object is not inside a prepositional phrase ("بغارات روسية")
        rest = [n for n in rest if not _prep_object(a, a.groups[n])]
    if not rest or _nameless_partner(a, f, a.groups[rest[0]]):
        return []
    return coordinated(a.groups, rest[0], text)


def _nameless_partner(a: Analysed, f: Found, g: Group) -> bool:
    """ "اتصالات ماكرون مع القادرين على الضغط على نظام الأسد": the frame's preposition comes first
    and what it governs is no actor, so a later name is not the partner."""
    preps = {p for p in f.row.frame if p not in ("obj", "that", "between")}
    named = {x for h in a.groups for m in h.members for x in range(m.i, m.j + 1)}
    return any(a.tokens[x].norm in preps and x + 1 not in named for x in range(f.k + 1, g.i) if x not in named)
