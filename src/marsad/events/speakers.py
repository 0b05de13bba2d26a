"""Who speaks (used by ``quotes/v1``): the subject of a speech verb, read as a noun phrase.

* VSO: the phrase right after the verb; a name in apposition joins it ("وزير الدولة الإماراتي للشؤون
  الخارجية أنور قرقاش"); its head speaks: the spokesperson after "المتحدث باسم X" (a later name, or
  one named with that title in the next sentences, else an unnamed spokesperson), an office before a
  person's name ("مكتب الرئيس فلان"), an unnamed person of a body ("رئيس مجلس الأمن القومي").
* SVO: the phrase just before the verb ("ترامب قال"، "وكانت الوزارة قد أكدت").
* Participles ("مضيفا"، "قائلا") take the main verb's subject; continuation verbs and pronoun
  subjects keep the last speaker; a subject that is no entity ("وقالت أسرتها"، "عن مصدر قوله")
  is :data:`UNNAMED`, so that what follows does not go back to an earlier speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.events.actors import Analysed, Group, Mention
from marsad.events.lexicon import Lexicon
from marsad.normalize import normalize
from marsad.records import Actor

COMPLEMENT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "اننا", "بان", "بانه", "بانها", "بانهم"})
MIN_WORDS = 3  # a quotation of fewer words is a term, not speech
_SPOKES_TITLE = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "متحدثه", "ناطق", "ناطقه"})
_ON_BEHALF = frozenset({"باسم", "بلسان"})


# Function words and nouns the rules read (grammar rather than knowledge, so kept here).
def words(line: str) -> frozenset[str]:
    return frozenset(line.split())


PREPS = words(
    "علي عبر في الي لدي امام عن مع من موقع حساب حسابه منصه لقناه لوكاله لصحيفه لموقع لشبكه للتلفزيون للاذاعه لمجله "
    "مقره ومقره مقرها ومقرها"  # "وقال المرصد، ومقره بريطانيا، إن": a seat, not a subject
)
_SVO_OK = words("قد لقد وقد فقد بدوره بدورها بدورهم ايضا كذلك")
_NOT_SUBJECT = words(
    "الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت اليوم القول الان الليله الثلاثاء امس ايضا بالقول مضيفا"
)
# nouns that introduce the name of a body or a work ("صحيفة "...""، "قناة الجزيرة"، "تحت شعار")
NAMED = words(
    "قناه صحيفه وكاله موقع مراسل شبكه منصه حركه جماعه تنظيم جبهه حزب مسابقه برنامج مهرجان عمليه مبادره حمله "
    "كتاب فيلم مسلسل مؤتمر منتدي جائزه شركه منظمه مجموعه فصيل ميليشيا مليشيا تحالف ائتلاف مركز مرصد معهد "
    "جامعه نقابه اتحاد رابطه لجنه جمعيه كتله تيار"
)
UNNAMED = Actor()  # a speaker the text does not name: kept as the last speaker, written out as None


def speech_kind(word: str, lex: Lexicon) -> str | None:
    if word in lex.speech:
        return lex.speech[word]
    if word[:1] in ("و", "ف") and word[1:] in lex.speech:
        return lex.speech[word[1:]]
    return None


@dataclass(frozen=True, slots=True)
class Context:
    """What the speaker rules read besides the sentence: the lexicon and the sentences after it
    (an unnamed spokesperson is often named a sentence or two later)."""

    lex: Lexicon
    text: str
    ahead: Sequence[Analysed] = ()


def speaker_of(a: Analysed, k: int, stop: int, kind: str, last: Actor | None, ctx: Context) -> Actor | None:
    """Who speaks through the speech verb at token ``k`` (its subject ends before token ``stop``)."""
    if kind == "quoted":  # "نقلت الوكالة عن فلان قوله إن"
        before = [g for g in a.groups if g.j < k and g.i >= k - 8]
        if before and any(t.norm == "عن" for t in a.tokens[before[-1].j + 1 : k]):
            return UNNAMED  # "نقلت رويترز عن الهلال الأحمر قوله": the one after عن is no entity
        return np_speaker(a, [before[-1]], ctx) if before else last
    if kind == "continue" and participle(a.tokens[k].norm):  # "وأكد بوتين ...، مبينا أنه": the main verb's subject
        main = [n for n in range(k) if speech_kind(a.tokens[n].norm, ctx.lex) and not participle(a.tokens[n].norm)]
        if main:
            kind_main = speech_kind(a.tokens[main[-1]].norm, ctx.lex) or "say"
            return speaker_of(a, main[-1], _stop(a, main[-1], k), kind_main, last, ctx)
        first = [
            g for g in a.groups if g.j < k and not addressee(a, g) and not quote_between(a, a.sentence.start, g.start)
        ]
        if first:
            return np_speaker(a, subject_phrase(a, first[0], k), ctx)
    relay = next((n for n in range(k + 1, min(stop, len(a.tokens)) - 1) if a.tokens[n].norm in ("نقلا", "ونقلا")), None)
    if relay is not None and a.tokens[relay + 1].norm == "عن":  # "ذكرت الوكالة نقلا عن الوزارة أن": the source
        source = [g for g in a.groups if relay + 1 < g.i < stop]
        return np_speaker(a, subject_phrase(a, source[0], stop), ctx) if source else UNNAMED
    after = [g for g in a.groups if k < g.i < stop and g.i <= k + 8 and not addressee(a, g)]
    if after and after[0].i > k + 1 and _unnamed_subject(a, k, stop):
        if _in_phrase(a, k, after[0]):
            return UNNAMED  # "وقالت بيتسي ديفوس وزيرة التعليم في إدارة ترامب": Trump is no subject
        if not _persons(subject_phrase(a, after[0], stop)) and bare(a.tokens[k + 1].norm) not in NAMED:
            # "وقالت عضوة البرلمان البريطاني"، "رئيسة وزراء بريطانيا": an unnamed person of the body or
            # country (not "صحيفة نيويورك تايمز", nor "نائب وزير الخارجية الروسي، سيرغي ريابكوف")
            return Actor(country=after[0].actor.country, sector=after[0].actor.sector)
    if after:
        chain = subject_phrase(a, after[0], stop)
        actor = np_speaker(a, chain, ctx)
        if not actor.name_en and not _persons(chain) and not _behalf(a, chain):
            # "رئيس الوفد الروسي في مفاوضات إسطنبول، فلاديمير ميدينسكي، إن": the name comes later
            named = [g for g in after[1:] if _persons([g])]
            if named:
                return np_speaker(a, [named[0]], ctx)
        return actor
    before = [g for g in a.groups if k - 3 <= g.j < k and not addressee(a, g) and _svo_gap(a, g, k)]
    if before and kind == "say" and not quote_between(a, before[-1].end, a.tokens[k].start):
        return np_speaker(a, [before[-1]], ctx)  # SVO: "وزير الخارجية ... قال"
    if kind == "say" and k > 1 and bare(a.tokens[0].norm) in ("كان", "كانت"):
        lead = [g for g in a.groups if g.i > 0 and g.j < k and not addressee(a, g)]
        return np_speaker(a, subject_phrase(a, lead[0], k), ctx) if lead else UNNAMED  # "وكانت المتحدثة ... أكدت"
    if (kind == "say" or kind == "continue" and not participle(a.tokens[k].norm)) and _unnamed_subject(a, k, stop):
        return UNNAMED  # "وقالت أسرتها إن"، "وقال الهلال الأحمر إن": a subject that is no entity
    main = [n for n in range(k) if speech_kind(a.tokens[n].norm, ctx.lex) and not participle(a.tokens[n].norm)]
    if main and kind != "after":  # "وتساءل فلان ...، وأقر بأن": the subject of the sentence's first speech verb
        return speaker_of(
            a, main[0], _stop(a, main[0], k), speech_kind(a.tokens[main[0]].norm, ctx.lex) or "say", last, ctx
        )
    return last


def _in_phrase(a: Analysed, k: int, g: Group) -> bool:
    """The group stands in a prepositional phrase inside the subject that starts after the verb."""
    return any(t.norm in PREPS or t.norm.startswith(("لل", "بال")) for t in a.tokens[k + 2 : g.i])


def _unnamed_subject(a: Analysed, k: int, stop: int) -> bool:
    """The word after the speech verb is a noun subject (definite or with a pronoun suffix), not an
    adverb, a preposition or a day ("وقال أيضا إن"، "وقالت في بيان إن"، "وقال الأربعاء إن")."""
    if k + 1 >= min(stop, len(a.tokens)):
        return False
    word = a.tokens[k + 1].norm
    if word in PREPS or word in _SVO_OK or word in _NOT_SUBJECT or a.tokens[k + 1].start >= a.sentence.end:
        return False
    if word.startswith("ال") or word.endswith(("ته", "تها", "تهم")):
        return True
    # an indefinite noun in construct ("وقالت شرطة مدينة لندن"، "وأفادت تقارير إعلامية"), not an adverb
    # ("مجددا") nor a word with a preposition clitic ("لرويترز")
    return len(word) >= 3 and not word.endswith("ا") and not word.startswith(("ل", "ب")) and not participle(word)


def _svo_gap(a: Analysed, g: Group, k: int) -> bool:
    """Only "قد"-like words (or an apposition's comma) stand between an SVO subject and its verb
    ("كريم ناصر قد قال"، "المتحدث باسم الرئاسة، بسام راضي، قال"; not "على تويتر، حيث قال")."""
    gap = a.sentence.text[g.end - a.sentence.start : a.tokens[k].start - a.sentence.start]
    return not any(c in gap for c in ":؛.()") and all(t.norm in _SVO_OK for t in a.tokens[g.j + 1 : k])


def _stop(a: Analysed, k: int, limit: int) -> int:
    """Where the subject of the speech verb at ``k`` ends: its إن/أن, else ``limit``."""
    return next((x for x in range(k + 1, limit) if a.tokens[x].norm in COMPLEMENT), limit)


def bare(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _clitic(a: Analysed, g: Group) -> str:
    """The proclitic letters of the group's first word that lie outside the mention ("و", "ل")."""
    return normalize(a.sentence.text[a.tokens[g.i].start - a.sentence.start : g.start - a.sentence.start])


def _persons(chain: Sequence[Group]) -> list[Mention]:
    return [m for g in chain for m in g.members if m.type == "PERSON"]


def subject_phrase(a: Analysed, first: Group, stop: int) -> list[Group]:
    """The subject noun phrase that starts with ``first``: a name in apposition joins it across a
    comma or a title's complement ("وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش")."""
    out = [first]
    for g in a.groups:
        if g.i <= out[-1].j:
            continue
        gap = a.tokens[out[-1].j + 1 : g.i]
        if (
            g.i >= stop
            or len(gap) > 3
            or _clitic(a, g)
            or not _persons([g])
            or any(t.norm in PREPS or t.norm in COMPLEMENT for t in gap)
        ):
            break
        out.append(g)
    return out


def _behalf(a: Analysed, chain: Sequence[Group]) -> int | None:
    """The token of "باسم"/"بلسان" after "المتحدث"/"الناطق" in the phrase (or just before it)."""
    for n in range(max(0, chain[0].i - 3), chain[-1].j):
        if bare(a.tokens[n].norm) in _SPOKES_TITLE:
            nxt = [t.norm for t in a.tokens[n + 1 : n + 3]]
            if nxt and nxt[0] in _ON_BEHALF:
                return n + 1
            if len(nxt) == 2 and nxt[1] in _ON_BEHALF:  # "المتحدث الرسمي باسم"
                return n + 2
    return None


def np_speaker(a: Analysed, chain: Sequence[Group], ctx: Context) -> Actor:
    """The actor a subject phrase names (the head of "المتحدث باسم X فلان" is فلان, not X)."""
    behalf = _behalf(a, chain)
    members = [m for g in chain for m in g.members]
    if behalf is not None:
        named = [m for m in members if m.type == "PERSON" and m.j < behalf - 1]
        if named:  # "هارالد سوروس المتحدث باسم الشرطة": the name before the title
            return _member_actor(named[-1], chain)
        return _spokesperson(a, chain, [m for m in members if m.i > behalf], ctx)
    persons = _persons(chain)
    if persons and members[0].type == "ORG" and not _comma_before(a, persons[0]):
        return _member_actor(members[0], chain)  # "مكتب الرئيس الكوري مون جاي-إن": the office
    if persons:
        last = persons[-1]
        return _member_actor(last if len(persons) > 1 and _comma_before(a, last) else persons[0], chain)
    head = members[0]
    word = bare(a.tokens[head.i].norm)
    if all(m.type == "GENERIC" for m in members) and not word.startswith("ال") and word not in ctx.lex.person_titles:
        return Actor(country=chain[0].actor.country, sector=chain[0].actor.sector)  # "مسؤول أمني": unnamed
    if (
        head.type == "GENERIC"
        and bare(a.tokens[head.i].norm) in ctx.lex.person_titles
        and any(m.type == "ORG" for m in members)
    ):  # "رئيس مجلس الأمن القومي": an unnamed person of the body, not the body
        return Actor(country=chain[0].actor.country, sector=chain[0].actor.sector)
    return chain[0].actor


def _spokesperson(a: Analysed, chain: Sequence[Group], rest: list[Mention], ctx: Context) -> Actor:
    """The spokesperson after "باسم": the first person named after the one spoken for; else one named
    with the same title in the next sentences; else an unnamed spokesperson of that country."""
    persons = [m for m in rest if m.type == "PERSON"]
    if rest and (rest[0].type == "PERSON" or bare(a.tokens[rest[0].i].norm) in ctx.lex.person_titles):
        persons = persons[1:]  # "باسم الرئيس التركي رجب طيب إردوغان": Erdoğan is the one spoken for
    if persons:
        return _member_actor(persons[0], chain)
    country = next((m.entity.country for m in rest if m.entity and m.entity.country), chain[0].actor.country)
    for later in ctx.ahead[:3]:
        for g in later.groups:
            titled = any(bare(later.tokens[n].norm) in _SPOKES_TITLE for n in range(max(0, g.i - 2), g.j + 1))
            named = [m for m in _persons([g]) if m.entity and (m.entity.name_en or m.entity.kb_id)]
            if titled and named and (named[0].entity.country or country) == country:  # type: ignore[union-attr]
                return _member_actor(named[0], [g])
    return Actor(country=country, sector=chain[0].actor.sector or "GOV")


def _comma_before(a: Analysed, m: Mention) -> bool:
    before = a.sentence.text[: m.start - a.sentence.start].rstrip()
    return before.endswith(("،", ","))


def _member_actor(m: Mention, chain: Sequence[Group]) -> Actor:
    g = next(g for g in chain if m in g.members)
    if len(_persons([g])) == 1 and m.type == "PERSON" or m is g.members[0] and len(g.members) == 1:
        return g.actor  # the group's actor (a title resolved to the person it names)
    e = m.entity
    if e is None:
        return g.actor
    return Actor(name_en=e.name_en, kb_id=e.kb_id, country=e.country or g.actor.country, sector=g.actor.sector)


def participle(word: str) -> bool:
    return word.startswith(("م", "قائل")) and word.endswith(("ا", "ه"))


def addressee(a: Analysed, g: Group) -> bool:
    """A group after a preposition is not the subject: "لقناة"، "للأناضول"، "على تويتر"، "عبر فيسبوك"."""
    first = a.tokens[g.i].norm
    clitic = first[
        : max(
            0,
            len(first)
            - len(normalize(a.sentence.text[g.start - a.sentence.start : a.tokens[g.i].end - a.sentence.start])),
        )
    ]
    prev = a.tokens[g.i - 1].norm if g.i > 0 else ""
    return (
        clitic.endswith(("ل", "ب"))
        or prev in PREPS
        or (prev[:1] in ("ل", "ب") and len(prev) >= 4 and not prev.startswith(("لا", "بي")))
    )


def quote_between(a: Analysed, start: int, end: int) -> bool:
    """A quotation (of three words or more) opens or closes between the two offsets."""
    span = a.sentence.text[start - a.sentence.start : end - a.sentence.start]
    if not any(c in span for c in '«»“”"'):
        return False
    inner = re.findall(r"[«“\"]([^«»“”\"]*)[»”\"]", span)
    rest = re.sub(r"[«“\"][^«»“”\"]*[»”\"]", "", span)
    return any(c in rest for c in '«»“”"') or any(len(x.split()) >= MIN_WORDS for x in inner)


def token_at(a: Analysed, pos: int) -> int:
    return next((n for n, t in enumerate(a.tokens) if t.end > pos), len(a.tokens))
