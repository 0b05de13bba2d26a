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
from typing import Any

from marsad.events.actors import Analysed, Analyser, Group, analyse_article
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.normalize import normalize
from marsad.records import Actor, Article, Quote

_PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
_COMPLEMENT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "اننا", "بان", "بانه", "بانها", "بانهم"})
_MIN_WORDS_ALONE = 6  # an unattributed quotation this long is still a statement
_MIN_WORDS = 3
VERB_REACH = 14  # a speech verb governs a quote opening at most this many words after it
COMP_REACH = 24  # إن/أن at most this many words after its speech verb
_SPOKESMAN = frozenset({"باسم", "بلسان", "المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث"})
_PREPS = frozenset(
    {
        "علي",
        "عبر",
        "في",
        "الي",
        "لدي",
        "امام",
        "عن",
        "مع",
        "من",
        "موقع",
        "حساب",
        "حسابه",
        "منصه",
        "لقناه",
        "لوكاله",
        "لصحيفه",
        "لموقع",
        "لشبكه",
        "للتلفزيون",
        "للاذاعه",
        "لمجله",
    }
)
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


def _speaker(a: Analysed, k: int, stop: int, kind: str, last: Actor | None, text: str = "") -> Actor | None:
    """Who speaks through the speech verb at token ``k`` (its subject ends before token ``stop``)."""
    if kind == "quoted":  # "نقلت الوكالة عن فلان قوله إن"
        before = [g for g in a.groups if g.j < k and g.i >= k - 8]
        return _spokesman(a, before[-1]) if before else last
    if kind == "continue" and _participle(a.tokens[k].norm):
        first = [g for g in a.groups if g.j < k and not _quote_between(a, a.sentence.start, g.start)]
        if first:
            return _spokesman(a, first[0])  # "وأكد بوتين ...، مبينا أنه": the sentence's subject
    after = [g for g in a.groups if k < g.i < stop and g.i <= k + 8 and not _addressee(a, g)]
    if after:
        named = [g for g in after if g.actor.name_en and any(m.type == "PERSON" for m in g.members)]
        if _spoken_for(a, after[0]):
            later = [g for g in named if g is not after[0]]
            return later[0].actor if later else _spokesman(a, after[0])
        return (named[0] if named and not after[0].actor.name_en else after[0]).actor
    before = [g for g in a.groups if k - 3 <= g.j < k and not _addressee(a, g)]
    if before and kind == "say" and not _quote_between(a, before[-1].end, a.tokens[k].start):
        return _spokesman(a, before[-1])
    return last


def _spoken_for(a: Analysed, g: Group) -> bool:
    """The group follows "المتحدث باسم" / "الناطق بلسان": it is who the spokesperson speaks for."""
    near = {t.norm for t in a.tokens[max(0, g.i - 3) : g.i]}
    return bool(near & _SPOKESMAN)


def _spokesman(a: Analysed, g: Group) -> Actor:
    """The speaker a group stands for: the (unnamed) spokesperson of an institution or country."""
    if _spoken_for(a, g):
        return Actor(country=g.actor.country, sector=g.actor.sector or "GOV")
    return g.actor


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


def _direct(
    a: Analysed, text: str, lex: Lexicon, last: Actor | None, reported: list[Quote]
) -> tuple[list[Quote], Actor | None]:
    out = []
    for qs, qe in quote_spans(text, a.sentence.start, a.sentence.end):
        earlier = [q.speaker for q in reported if q.start < qs and q.speaker]
        last = earlier[-1] if earlier else last
        words = len(text[qs:qe].split())
        first, after_close = _token_at(a, qs), _token_at(a, qe)
        verbs = [k for k in range(max(0, first - VERB_REACH), first) if _speech_kind(a.tokens[k].norm, lex)]
        later = [
            k for k in range(after_close, min(len(a.tokens), after_close + 3)) if _speech_kind(a.tokens[k].norm, lex)
        ]
        if verbs and not _quote_between(a, a.tokens[verbs[-1]].end, qs - 1):
            k = verbs[-1]
            speaker = _speaker(a, k, first, _speech_kind(a.tokens[k].norm, lex) or "say", last)
        elif later:
            k = later[0]
            speaker = _speaker(a, k, len(a.tokens), "after", last)
        elif words >= _MIN_WORDS_ALONE:
            speaker = last
        else:
            continue
        if words < _MIN_WORDS:
            continue
        last = speaker or last
        out.append(Quote(speaker=speaker, text=text[qs:qe].strip(), direct=True, start=qs, end=qe))
    return out, last


def _reported(
    a: Analysed, text: str, lex: Lexicon, last: Actor | None, direct: list[Quote]
) -> tuple[list[Quote], Actor | None]:
    out: list[Quote] = []
    for k, tok in enumerate(a.tokens):
        kind = _speech_kind(tok.norm, lex)
        if kind is None or (out and out[-1].start <= tok.start < out[-1].end):
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
            last = _speaker(a, k, comp, kind, last) or last
            continue  # "لافتا إلى أن "..."": the direct quote covers it
        if nxt and nxt[0] < qe:
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
        speaker = _speaker(a, k, comp, kind, last)
        last = speaker or last
        start = qs + (len(words) - len(words.lstrip()))
        out.append(Quote(speaker=speaker, text=body, direct=False, start=start, end=start + len(body)))
    return out, last


def _complementizer(a: Analysed, k: int, text: str, lex: Lexicon) -> int | None:
    """The إن/أن that opens what the speech verb at ``k`` reports (not past another speech verb)."""
    for x in range(k + 1, min(len(a.tokens), k + COMP_REACH)):
        tok = a.tokens[x]
        if tok.norm in _COMPLEMENT and text[tok.start - 1 : tok.start] != "-":  # not "مون جاي-إن"
            return x
        if _speech_kind(tok.norm, lex):
            return None
    return None


def _inside(q: Quote, others: list[Quote]) -> bool:
    return any(o is not q and o.start <= q.start and q.end <= o.end and not o.direct for o in others)


def extract_quotes(article: Article, lex: Lexicon, analysed: Sequence[Analysed] | None = None) -> list[Quote]:
    last: Actor | None = None
    quotes: list[Quote] = []
    if analysed is None:
        analysed = analyse_article(article.text, article.entities, lex)
    for a in analysed:
        spans, _ = _direct(a, article.text, lex, last, [])
        reported, last_r = _reported(a, article.text, lex, last, spans)
        direct, _ = _direct(a, article.text, lex, last, reported)
        both = direct + reported
        merged = sorted((q for q in both if not (q.direct and _inside(q, both))), key=lambda q: q.start)
        quotes.extend(merged)
        speakers = [q.speaker for q in merged if q.speaker]
        last = speakers[-1] if speakers else last_r
    return quotes
