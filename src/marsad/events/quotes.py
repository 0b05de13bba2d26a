"""Quotes (stage ``quotes/v1``): direct quotes and reported speech with their speaker.

* Direct quotes: text between « », “ ” or a pair of straight quotes, kept when
  a speech verb (``data/events/speech.tsv``) stands before it in the sentence
  or right after it ("”، أضاف فيدان"), or when it is long enough to be a
  statement on its own (then its speaker is the previous speaker).
* Reported speech: a speech verb followed by إن/أن (قال إن، أكد أن، أشار إلى
  أن، أوضح أن) within a few words; the words after the complementizer to the
  end of the sentence are the quote.
* The speaker is the actor right after the verb (VSO), else the actor just
  before it (SVO), else the previous speaker: continuation verbs ("وأضاف",
  "وتابع", "مضيفا") and pronoun subjects keep the last one. Institutions speak
  too ("وأوضحت وزارة الخارجية الروسية في بيان أن").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marsad.events.actors import Analysed, Analyser, Group, Mention, analyse_article
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.normalize import normalize
from marsad.records import Actor, Article, Quote

_PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
_COMPLEMENT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "اننا", "بان", "بانه", "بانها", "بانهم"})
_MIN_WORDS_ALONE = 6  # an unattributed quotation this long is still a statement
_MIN_WORDS = 3
VERB_REACH = 14  # a speech verb governs a quote opening at most this many words after it
COMP_REACH = 24  # إن/أن at most this many words after its speech verb
_SPOKES_TITLE = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "متحدثه", "ناطق", "ناطقه"})
_ON_BEHALF = frozenset({"باسم", "بلسان"})


# Function words and nouns the rules read (grammar rather than knowledge, so kept here).
def _words(line: str) -> frozenset[str]:
    return frozenset(line.split())


_PREPS = _words(
    "علي عبر في الي لدي امام عن مع من موقع حساب حسابه منصه لقناه لوكاله لصحيفه لموقع لشبكه للتلفزيون للاذاعه لمجله "
    "مقره ومقره مقرها ومقرها"  # "وقال المرصد، ومقره بريطانيا، إن": a seat, not a subject
)
_TITLED = _words("شعار بعنوان عنوان وسم هاشتاغ هاشتاج لافته لافتات اسم مسمي")  # "تحت شعار “...”"
_NAMED = _words("قناه صحيفه وكاله موقع مراسل شبكه منصه حركه جماعه تنظيم جبهه حزب")  # + a short quoted name
# "في بيان “...”": the statement nouns that attribute a quotation to the sentence's subject
_MEDIUM = _words(
    "بيان بيانه بيانها بيانهم تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها كلمه كلمته كلمتها تغريده "
    "تغريدته تغريدتها تغريدات رساله رسالته رسالتها مقابله حديثه حديثها خطاب خطابه خطابها منشور تدوينه"
)
_SVO_OK = _words("قد لقد وقد فقد بدوره بدورها بدورهم ايضا كذلك")
_NOT_SUBJECT = _words(
    "الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت اليوم القول الان الليله الثلاثاء امس ايضا بالقول مضيفا"
)
_CITING = frozenset({"حسبما", "كما", "ما", "وفقما"})  # "“...”، حسبما ذكرت الوكالة": a source, not the speaker
_TRAIL = re.compile(r"[\s.،,:;!؟?\"»”]+$")


class QuoteStage:
    """``quotes/v1``: reads ``article.entities``, fills ``article.quotes``."""

    name = "quotes/v1"

    def __init__(self, resources: Any) -> None:
        self.lex: Lexicon = resources.get("events/lexicon", load_lexicon)
        self.analyse: Analyser = resources.get("events/analyser", lambda: Analyser(self.lex))

    def __call__(self, article: Article) -> Article:
        analysed = self.analyse(article.text, article.entities)
        return dataclasses.replace(article, quotes=tuple(extract_quotes(article, self.lex, analysed)))


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation mark pair in text[start:end]."""
    out = []
    i = start
    while i < end:
        close = _PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < end and text[j] != close and not (text[j] in "«“" and close != '"'):
            j += 1
        if j < end and text[j] == close:
            out.append((i + 1, j))
            i = j + 1
        else:
            i = j if j < end and text[j] in "«“" else i + 1
    return out


def _speech_kind(word: str, lex: Lexicon) -> str | None:
    if word in lex.speech:
        return lex.speech[word]
    if word[:1] in ("و", "ف") and word[1:] in lex.speech:
        return lex.speech[word[1:]]
    return None


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What the speaker rules read besides the sentence: the lexicon and the sentences after it
    (an unnamed spokesperson is often named a sentence or two later)."""

    lex: Lexicon
    text: str
    ahead: Sequence[Analysed] = ()


def _speaker(a: Analysed, k: int, stop: int, kind: str, last: Actor | None, ctx: _Ctx) -> Actor | None:
    """Who speaks through the speech verb at token ``k`` (its subject ends before token ``stop``)."""
    if kind == "quoted":  # "نقلت الوكالة عن فلان قوله إن"
        before = [g for g in a.groups if g.j < k and g.i >= k - 8]
        if before and any(t.norm == "عن" for t in a.tokens[before[-1].j + 1 : k]):
            return None  # "نقلت رويترز عن الهلال الأحمر قوله": the one after عن is no entity
        return _np_speaker(a, [before[-1]], ctx) if before else last
    if kind == "continue" and _participle(a.tokens[k].norm):  # "وأكد بوتين ...، مبينا أنه": the main verb's subject
        main = [n for n in range(k) if _speech_kind(a.tokens[n].norm, ctx.lex) and not _participle(a.tokens[n].norm)]
        if main:
            kind_main = _speech_kind(a.tokens[main[-1]].norm, ctx.lex) or "say"
            return _speaker(a, main[-1], _stop(a, main[-1], k), kind_main, last, ctx)
        first = [
            g for g in a.groups if g.j < k and not _addressee(a, g) and not _quote_between(a, a.sentence.start, g.start)
        ]
        if first:
            return _np_speaker(a, _chain(a, first[0], k), ctx)
    after = [g for g in a.groups if k < g.i < stop and g.i <= k + 8 and not _addressee(a, g)]
    if after:
        chain = _chain(a, after[0], stop)
        actor = _np_speaker(a, chain, ctx)
        if not actor.name_en and not _persons(chain) and not _behalf(a, chain):
            # "رئيس الوفد الروسي في مفاوضات إسطنبول، فلاديمير ميدينسكي، إن": the name comes later
            named = [g for g in after[1:] if _persons([g])]
            if named:
                return _np_speaker(a, [named[0]], ctx)
        return actor
    before = [g for g in a.groups if k - 3 <= g.j < k and not _addressee(a, g) and _svo_gap(a, g, k)]
    if before and kind == "say" and not _quote_between(a, before[-1].end, a.tokens[k].start):
        return _np_speaker(a, [before[-1]], ctx)  # SVO: "وزير الخارجية ... قال"
    if kind == "say" and _unnamed_subject(a, k, stop):
        return None  # "وقالت أسرتها إن"، "وقال الهلال الأحمر إن": a subject that is no entity
    return last


def _unnamed_subject(a: Analysed, k: int, stop: int) -> bool:
    """The word after the speech verb is a noun subject (definite or with a pronoun suffix), not an
    adverb, a preposition or a day ("وقال أيضا إن"، "وقالت في بيان إن"، "وقال الأربعاء إن")."""
    if k + 1 >= min(stop, len(a.tokens)):
        return False
    word = a.tokens[k + 1].norm
    if word in _PREPS or word in _SVO_OK or word in _NOT_SUBJECT or a.tokens[k + 1].start >= a.sentence.end:
        return False
    return word.startswith("ال") or word.endswith(("ته", "تها", "تهم"))


def _svo_gap(a: Analysed, g: Group, k: int) -> bool:
    """Only "قد"-like words stand between an SVO subject and its verb ("كريم ناصر قد قال"), no
    punctuation ("تغريدة على تويتر، حيث قال" has no subject before the verb)."""
    gap = a.sentence.text[g.end - a.sentence.start : a.tokens[k].start - a.sentence.start]
    return not any(c in gap for c in "،,:؛.()") and all(t.norm in _SVO_OK for t in a.tokens[g.j + 1 : k])


def _stop(a: Analysed, k: int, limit: int) -> int:
    """Where the subject of the speech verb at ``k`` ends: its إن/أن, else ``limit``."""
    return next((x for x in range(k + 1, limit) if a.tokens[x].norm in _COMPLEMENT), limit)


def _bare(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _clitic(a: Analysed, g: Group) -> str:
    """The proclitic letters of the group's first word that lie outside the mention ("و", "ل")."""
    return normalize(a.sentence.text[a.tokens[g.i].start - a.sentence.start : g.start - a.sentence.start])


def _persons(chain: Sequence[Group]) -> list[Mention]:
    return [m for g in chain for m in g.members if m.type == "PERSON"]


def _chain(a: Analysed, first: Group, stop: int) -> list[Group]:
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
            or any(t.norm in _PREPS or t.norm in _COMPLEMENT for t in gap)
        ):
            break
        out.append(g)
    return out


def _behalf(a: Analysed, chain: Sequence[Group]) -> int | None:
    """The token of "باسم"/"بلسان" after "المتحدث"/"الناطق" in the phrase (or just before it)."""
    for n in range(max(0, chain[0].i - 3), chain[-1].j):
        if _bare(a.tokens[n].norm) in _SPOKES_TITLE:
            nxt = [t.norm for t in a.tokens[n + 1 : n + 3]]
            if nxt and nxt[0] in _ON_BEHALF:
                return n + 1
            if len(nxt) == 2 and nxt[1] in _ON_BEHALF:  # "المتحدث الرسمي باسم"
                return n + 2
    return None


def _np_speaker(a: Analysed, chain: Sequence[Group], ctx: _Ctx) -> Actor:
    """The actor a subject phrase names (the head of "المتحدث باسم X فلان" is فلان, not X)."""
    behalf = _behalf(a, chain)
    members = [m for g in chain for m in g.members]
    if behalf is not None:
        return _spokesperson(a, chain, [m for m in members if m.i > behalf], ctx)
    persons = _persons(chain)
    if persons and members[0].type == "ORG" and not _comma_before(a, persons[0]):
        return _member_actor(members[0], chain)  # "مكتب الرئيس الكوري مون جاي-إن": the office
    if persons:
        last = persons[-1]
        return _member_actor(last if len(persons) > 1 and _comma_before(a, last) else persons[0], chain)
    head = members[0]
    word = _bare(a.tokens[head.i].norm)
    if all(m.type == "GENERIC" for m in members) and not word.startswith("ال") and word not in ctx.lex.person_titles:
        return Actor(country=chain[0].actor.country, sector=chain[0].actor.sector)  # "مسؤول أمني": unnamed
    if (
        head.type == "GENERIC"
        and _bare(a.tokens[head.i].norm) in ctx.lex.person_titles
        and any(m.type == "ORG" for m in members)
    ):  # "رئيس مجلس الأمن القومي": an unnamed person of the body, not the body
        return Actor(country=chain[0].actor.country, sector=chain[0].actor.sector)
    return chain[0].actor


def _spokesperson(a: Analysed, chain: Sequence[Group], rest: list[Mention], ctx: _Ctx) -> Actor:
    """The spokesperson after "باسم": the first person named after the one spoken for; else one named
    with the same title in the next sentences; else an unnamed spokesperson of that country."""
    persons = [m for m in rest if m.type == "PERSON"]
    if rest and (rest[0].type == "PERSON" or _bare(a.tokens[rest[0].i].norm) in ctx.lex.person_titles):
        persons = persons[1:]  # "باسم الرئيس التركي رجب طيب إردوغان": Erdoğan is the one spoken for
    if persons:
        return _member_actor(persons[0], chain)
    country = next((m.entity.country for m in rest if m.entity and m.entity.country), chain[0].actor.country)
    for later in ctx.ahead[:3]:
        for g in later.groups:
            titled = any(_bare(later.tokens[n].norm) in _SPOKES_TITLE for n in range(max(0, g.i - 2), g.j + 1))
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


def _participle(word: str) -> bool:
    return word.startswith("م") and word.endswith(("ا", "ه"))


def _addressee(a: Analysed, g: Group) -> bool:
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
        or prev in _PREPS
        or (prev[:1] in ("ل", "ب") and len(prev) >= 4 and not prev.startswith(("لا", "بي")))
    )


def _quote_between(a: Analysed, start: int, end: int) -> bool:
    """A quotation (of three words or more) opens or closes between the two offsets."""
    span = a.sentence.text[start - a.sentence.start : end - a.sentence.start]
    if not any(c in span for c in '«»“”"'):
        return False
    inner = re.findall(r"[«“\"]([^«»“”\"]*)[»”\"]", span)
    rest = re.sub(r"[«“\"][^«»“”\"]*[»”\"]", "", span)
    return any(c in rest for c in '«»“”"') or any(len(x.split()) >= _MIN_WORDS for x in inner)


def _token_at(a: Analysed, pos: int) -> int:
    return next((n for n, t in enumerate(a.tokens) if t.end > pos), len(a.tokens))


_Spans = list[tuple[int, int]]


def _direct(
    a: Analysed, ctx: _Ctx, last: Actor | None, reported: list[Quote], spans: _Spans, closing: dict[int, Analysed]
) -> tuple[list[Quote], Actor | None]:
    """Direct quotes opening in the sentence (``closing``: the sentence a longer one closes in)."""
    out = []
    text, lex = ctx.text, ctx.lex
    for qs, qe in spans:
        earlier = [q.speaker for q in reported if q.start < qs and q.speaker]
        last = earlier[-1] if earlier else last
        words = len(text[qs:qe].split())
        if words < _MIN_WORDS or _is_name(a, qs, qe, words):
            continue
        b = closing.get(qs, a)
        first, after_close = _token_at(a, qs), _token_at(b, qe)
        verbs = [k for k in range(max(0, first - VERB_REACH), first) if _speech_kind(a.tokens[k].norm, lex)]
        later = [
            k
            for k in range(after_close, min(len(b.tokens), after_close + 3))
            if _speech_kind(b.tokens[k].norm, lex) and b.tokens[k - 1].norm not in _CITING
        ]
        if verbs and not _quote_between(a, a.tokens[verbs[-1]].end, qs - 1):
            k = verbs[-1]
            speaker = _speaker(a, k, first, _speech_kind(a.tokens[k].norm, lex) or "say", last, ctx)
        elif later:
            kind = "continue" if _participle(b.tokens[later[0]].norm) else "after"  # "..." مضيفا: the subject
            speaker = _speaker(b, later[0], len(b.tokens), kind, last, ctx)
        elif words >= _MIN_WORDS_ALONE:
            speaker = _medium_speaker(a, first, ctx) or last
        else:
            continue
        last = speaker or last
        out.append(Quote(speaker=speaker, text=text[qs:qe].strip(), direct=True, start=qs, end=qe))
    return out, last


def _is_name(a: Analysed, qs: int, qe: int, words: int) -> bool:
    """Quotation marks around a name or a title, not speech: "تحت شعار “...”", "مراسل "سكاي نيوز عربية"",
    or a quoted span that is one entity mention."""
    first = _token_at(a, qs)
    prev = _bare(a.tokens[first - 1].norm) if first > 0 else ""
    forms = {prev, prev[1:] if prev[:1] in ("ل", "ب") else prev, "ال" + prev[2:] if prev.startswith("لل") else prev}
    if forms & _TITLED or (words <= 4 and forms & _NAMED):  # "لشبكة "ان بي سي نيوز""
        return True
    mentions = [m for g in a.groups for m in g.members] + [m for m, _ in a.places]
    return any(m.type != "GENERIC" and m.start <= qs + 1 and m.end >= qe - 1 for m in mentions)


def _medium_speaker(a: Analysed, first: int, ctx: _Ctx) -> Actor | None:
    """An unattributed quotation after "في بيان"/"في تصريح": the sentence's subject speaks
    ("وحمّل رئيس السلطة محمود عباس في بيان "..."")."""
    for n in range(max(1, first - 4), first):
        if _bare(a.tokens[n].norm) in _MEDIUM and a.tokens[n - 1].norm in ("في", "عبر"):
            subj = [g for g in a.groups if g.j < n - 1 and not _addressee(a, g)]
            return _np_speaker(a, _chain(a, subj[0], n - 1), ctx) if subj else None
    return None


def _reported(
    a: Analysed, ctx: _Ctx, last: Actor | None, direct: list[Quote], covered: int
) -> tuple[list[Quote], Actor | None]:
    out: list[Quote] = []
    text, lex = ctx.text, ctx.lex
    for k, tok in enumerate(a.tokens):
        kind = _speech_kind(tok.norm, lex)
        if (
            kind is None
            or tok.start < covered
            or (out and out[-1].start <= tok.start < out[-1].end and not _nested(kind, tok.norm))
        ):
            continue
        comp = _complementizer(a, k, text, lex)
        if comp is None:
            continue
        if _quote_between(a, tok.end, a.tokens[comp].start):
            continue
        qs = a.tokens[comp].end
        nxt = [d.start for d in direct if d.start >= qs]
        qe = a.sentence.end
        if nxt and nxt[0] <= qs + 3:
            last = _speaker(a, k, comp, kind, last, ctx) or last
            continue  # "لافتا إلى أن "..."": the direct quote covers it
        if nxt and nxt[0] < qe and _governed(a, qs, nxt[0], lex):
            qe = nxt[0] - 1
        verbs = [
            t.start
            for t in a.tokens[comp + 1 :]
            if _speech_kind(t.norm, lex)
            and t.start < qe
            and (_participle(t.norm) or _speech_kind(t.norm, lex) == "quoted")
        ]
        qe = verbs[0] if verbs else qe
        words = text[qs:qe]
        body = _TRAIL.sub("", words).strip()
        if len(body.split()) < 2:
            continue
        speaker = _speaker(a, k, comp, kind, last, ctx)
        last = speaker or last
        start = qs + (len(words) - len(words.lstrip()))
        out.append(Quote(speaker=speaker, text=body, direct=False, start=start, end=start + len(body)))
    return out, last


def _nested(kind: str, word: str) -> bool:
    """A new statement told inside reported speech ("أعلن ... أن الرئيس ترامب قال إنه سيقابل")."""
    return kind == "say" and not _participle(word)


def _governed(a: Analysed, qs: int, open_at: int, lex: Lexicon) -> bool:
    """A quotation inside reported speech has its own attribution (a speech verb or a colon
    before it); otherwise it is a phrase quoted within the reported words and stays in them."""
    if a.sentence.text[: open_at - 1 - a.sentence.start].rstrip().endswith(":"):
        return True
    return any(_speech_kind(t.norm, lex) for t in a.tokens if qs <= t.start < open_at)


def _complementizer(a: Analysed, k: int, text: str, lex: Lexicon) -> int | None:
    """The إن/أن that opens what the speech verb at ``k`` reports (not past another speech verb,
    nor past "إلى"/"على" with a noun: "لفتت إلى وجود احتمالين، الأول يتمثل بأن" reports no speech)."""
    for x in range(k + 1, min(len(a.tokens), k + COMP_REACH)):
        tok = a.tokens[x]
        if tok.norm in _COMPLEMENT and text[tok.start - 1 : tok.start] != "-":  # not "مون جاي-إن"
            return x
        if _speech_kind(tok.norm, lex):
            return None
        if tok.norm == "الي" and x <= k + 4 and x + 1 < len(a.tokens) and a.tokens[x + 1].norm not in _COMPLEMENT:
            return None  # the verb's own "إلى" with a noun
    return None


def _inside(q: Quote, others: list[Quote]) -> bool:
    return any(o is not q and o.start <= q.start and q.end <= o.end and not o.direct for o in others)


def _paragraph_spans(text: str) -> _Spans:
    """Quotations paired within each paragraph (one may hold several sentences)."""
    out: _Spans = []
    pos = 0
    for para in text.split("\n"):
        spans = quote_spans(text, pos, pos + len(para))
        out.extend(spans)
        opened = [i for i in range(pos, pos + len(para)) if text[i] in '«“"']
        if opened and all(s - 1 < opened[-1] for s, _ in spans) and not any(e > opened[-1] for _, e in spans):
            i = opened[-1]
            if text[max(pos, i - 3) : i].strip().endswith(":") and not any(
                c in text[i + 1 : pos + len(para)] for c in '»”"'
            ):
                out.append(
                    (i + 1, i + 1 + len(_TRAIL.sub("", text[i + 1 : pos + len(para)])))
                )  # "قائلا: "... never closed
        pos += len(para) + 1
    return out


def _sentence_spans(
    analysed: Sequence[Analysed], n: int, para: _Spans, covered: int
) -> tuple[_Spans, dict[int, Analysed]]:
    """The quotations opening in sentence ``n``: those closed in it, then those that run on into
    the next sentences of the paragraph (with the sentence each closes in)."""
    a = analysed[n]
    spans = [s for s in quote_spans(a.sentence.text, 0, len(a.sentence.text))]
    own = [(s + a.sentence.start, e + a.sentence.start) for s, e in spans]
    closing: dict[int, Analysed] = {}
    for qs, qe in para:
        if a.sentence.start < qs <= a.sentence.end and all(s != qs for s, _ in own):
            b = next((b for b in analysed[n:] if b.sentence.start <= qe <= b.sentence.end), None)
            if b is not None:
                own.append((qs, qe))
                closing[qs] = b
    return sorted(s for s in own if s[0] >= covered), closing


def extract_quotes(article: Article, lex: Lexicon, analysed: Sequence[Analysed] | None = None) -> list[Quote]:
    last: Actor | None = None
    quotes: list[Quote] = []
    if analysed is None:
        analysed = analyse_article(article.text, article.entities, lex)
    para = _paragraph_spans(article.text)
    covered = 0
    for n, a in enumerate(analysed):
        ctx = _Ctx(lex, article.text, tuple(analysed[n + 1 : n + 4]))
        spans, closing = _sentence_spans(analysed, n, para, covered)
        found, _ = _direct(a, ctx, last, [], spans, closing)
        reported, last_r = _reported(a, ctx, last, found, covered)
        direct, _ = _direct(a, ctx, last, reported, spans, closing)
        both = direct + reported
        merged = sorted((q for q in both if not (q.direct and _inside(q, both))), key=lambda q: q.start)
        quotes.extend(merged)
        speakers = [q.speaker for q in merged if q.speaker]
        last = speakers[-1] if speakers else last_r
        covered = max([covered] + [e for _, e in spans])
    return quotes
