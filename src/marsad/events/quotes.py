"""Quotes (stage ``quotes/v1``): direct quotes and reported speech with their speaker.

* Direct quotes: text between « », “ ” or a pair of straight quotes, kept when
  a speech verb (``data/events/speech.tsv``) stands before it in the sentence
  or right after it ("”، أضاف فيدان"), or when it is long enough to be a
  statement on its own (then its speaker is the previous speaker).
* Reported speech: a speech verb followed by إن/أن (قال إن، أكد أن، أشار إلى
  أن، أوضح أن) within a few words; the words after the complementizer to the
  end of the sentence are the quote.
* A quotation runs over sentences to its closing mark (or, opened after a colon
  and never closed, to the paragraph's end); one inside reported speech with no
  attribution of its own stays in it; names and titles in quotation marks
  ("تحت شعار "..."", "قالت "منظمة ..." إن") are not speech.
* The speaker: :mod:`marsad.events.speakers` (the subject of the speech verb);
  "في بيان "..."" gives an unattributed quotation the sentence's subject.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from marsad.events.actors import Analysed, Analyser, analyse_article
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.events.speakers import (
    COMPLEMENT,
    MIN_WORDS,
    NAMED,
    UNNAMED,
    Context,
    addressee,
    bare,
    np_speaker,
    participle,
    quote_between,
    speaker_of,
    speech_kind,
    subject_phrase,
    token_at,
    words,
)
from marsad.records import Actor, Article, Quote

_PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
_MIN_WORDS_ALONE = 6  # an unattributed quotation this long is still a statement
VERB_REACH = 14  # a speech verb governs a quote opening at most this many words after it
COMP_REACH = 24  # إن/أن at most this many words after its speech verb
_TITLED = words("شعار بعنوان عنوان وسم هاشتاغ هاشتاج لافته لافتات اسم مسمي")  # "تحت شعار “...”"
# "في بيان “...”": the statement nouns that attribute a quotation to the sentence's subject
_MEDIUM = words(
    "بيان بيانه بيانها بيانهم تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها كلمه كلمته كلمتها تغريده "
    "تغريدته تغريدتها تغريدات رساله رسالته رسالتها مقابله حديثه حديثها خطاب خطابه خطابها منشور تدوينه"
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


_OPENING = re.compile("[" + "".join(_PAIRS) + "]")
# what ends the scan of a quotation: its closing mark, or (but for straight quotes) another opening
_ENDING = {close: re.compile(f"[{close}«“]" if close != '"' else '"') for close in set(_PAIRS.values())}


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation mark pair in text[start:end]."""
    out = []
    i = start
    while i < end:
        m = _OPENING.search(text, i, end)
        if m is None:
            break
        i = m.start()
        close = _PAIRS[text[i]]
        stop = _ENDING[close].search(text, i + 1, end)
        j = end if stop is None else stop.start()
        if j < end and text[j] == close:
            out.append((i + 1, j))
            i = j + 1
        else:
            i = j if j < end and text[j] in "«“" else i + 1
    return out


_Spans = list[tuple[int, int]]


def _direct(
    a: Analysed, ctx: Context, last: Actor | None, reported: list[Quote], spans: _Spans, closing: dict[int, Analysed]
) -> tuple[list[Quote], Actor | None]:
    """Direct quotes opening in the sentence (``closing``: the sentence a longer one closes in)."""
    out = []
    text, lex = ctx.text, ctx.lex
    for qs, qe in spans:
        earlier = [q.speaker for q in reported if q.start < qs and q.speaker]
        last = earlier[-1] if earlier else last
        words = len(text[qs:qe].split())
        if words < MIN_WORDS or _is_name(a, qs, qe, words, lex):
            continue
        b = closing.get(qs, a)
        first, after_close = token_at(a, qs), token_at(b, qe)
        verbs = [k for k in range(max(0, first - VERB_REACH), first) if speech_kind(a.tokens[k].norm, lex)]
        later = [
            k
            for k in range(after_close, min(len(b.tokens), after_close + 3))
            if speech_kind(b.tokens[k].norm, lex) and b.tokens[k - 1].norm not in _CITING
        ]
        if verbs and not quote_between(a, a.tokens[verbs[-1]].end, qs - 1):
            k = verbs[-1]
            speaker = speaker_of(a, k, first, speech_kind(a.tokens[k].norm, lex) or "say", last, ctx)
        elif later:
            kind = "continue" if participle(b.tokens[later[0]].norm) else "after"  # "..." مضيفا: the subject
            speaker = speaker_of(b, later[0], len(b.tokens), kind, last, ctx)
        elif words >= _MIN_WORDS_ALONE:
            speaker = _medium_speaker(a, first, ctx) or last
        else:
            continue
        last = speaker or last
        out.append(Quote(speaker=speaker, text=text[qs:qe].strip(), direct=True, start=qs, end=qe))
    return out, last


def _is_name(a: Analysed, qs: int, qe: int, words: int, lex: Lexicon) -> bool:
    """Quotation marks around a name or a title, not speech: "تحت شعار “...”", "مراسل "سكاي نيوز عربية"",
    the subject of a speech verb ("قالت "منظمة ..." إن"), or a quoted span that is one entity mention."""
    first = token_at(a, qs)
    prev = bare(a.tokens[first - 1].norm) if first > 0 else ""
    if (
        first > 0
        and speech_kind(a.tokens[first - 1].norm, lex)
        and words <= 5
        and not re.search(
            r"[.،,؟?!:؛]", a.sentence.text[a.tokens[first - 1].end - a.sentence.start : qe - a.sentence.start]
        )
        and _comp_after(a, token_at(a, qe), lex)
    ):
        return True  # the verb's subject: "قالت "منصة المواطنة الإسبانية" (وهي منظمة حقوقية) إن"
    forms = {prev, prev[1:] if prev[:1] in ("ل", "ب") else prev, "ال" + prev[2:] if prev.startswith("لل") else prev}
    if forms & _TITLED or (words <= 4 and forms & NAMED):  # "لشبكة "ان بي سي نيوز""
        return True
    mentions = [m for g in a.groups for m in g.members] + [m for m, _ in a.places]
    return any(m.type != "GENERIC" and m.start <= qs + 1 and m.end >= qe - 1 for m in mentions)


def _comp_after(a: Analysed, n: int, lex: Lexicon) -> bool:
    """إن/أن follows within a few words (no speech verb, no quotation between)."""
    for x in range(n, min(len(a.tokens), n + 8)):
        if a.tokens[x].norm in COMPLEMENT:
            return not any(
                c in a.sentence.text[a.tokens[n].start - a.sentence.start : a.tokens[x].start - a.sentence.start]
                for c in '«“"'
            )
        if speech_kind(a.tokens[x].norm, lex):
            return False
    return False


def _medium_speaker(a: Analysed, first: int, ctx: Context) -> Actor | None:
    """An unattributed quotation after "في بيان"/"في تصريح": the sentence's subject speaks
    ("وحمّل رئيس السلطة محمود عباس في بيان "..."")."""
    for n in range(max(1, first - 4), first):
        if bare(a.tokens[n].norm) in _MEDIUM and a.tokens[n - 1].norm in ("في", "عبر"):
            subj = [g for g in a.groups if g.j < n - 1 and not addressee(a, g)]
            return np_speaker(a, subject_phrase(a, subj[0], n - 1), ctx) if subj else None
    return None


def _reported(
    a: Analysed, ctx: Context, last: Actor | None, direct: list[Quote], covered: int
) -> tuple[list[Quote], Actor | None]:
    out: list[Quote] = []
    text, lex = ctx.text, ctx.lex
    for k, tok in enumerate(a.tokens):
        kind = speech_kind(tok.norm, lex)
        if (
            kind is None
            or tok.start < covered
            or (out and out[-1].start <= tok.start < out[-1].end and not _nested(kind, tok.norm))
        ):
            continue
        comp = _complementizer(a, k, text, lex)
        if comp is None:
            colon = _colon_quote(a, k, kind, ctx, last, direct)
            if colon is not None:
                out.append(colon)
                last = colon.speaker or last
            continue
        if quote_between(a, tok.end, a.tokens[comp].start) and not _quoted_subject(a, k, comp, lex):
            continue
        qs = a.tokens[comp].end
        nxt = [d.start for d in direct if d.start >= qs]
        qe = a.sentence.end
        if nxt and nxt[0] <= qs + 3:
            last = speaker_of(a, k, comp, kind, last, ctx) or last
            continue  # "لافتا إلى أن "..."": the direct quote covers it
        if nxt and nxt[0] < qe and _governed(a, qs, nxt[0], lex):
            qe = nxt[0] - 1
        verbs = [
            t.start
            for t in a.tokens[comp + 1 :]
            if speech_kind(t.norm, lex)
            and t.start < qe
            and (participle(t.norm) or speech_kind(t.norm, lex) == "quoted")
        ]
        qe = verbs[0] if verbs else qe
        words = text[qs:qe]
        body = _TRAIL.sub("", words).strip()
        if len(body.split()) < 2:
            continue
        speaker = speaker_of(a, k, comp, kind, last, ctx)
        last = speaker or last
        start = qs + (len(words) - len(words.lstrip()))
        out.append(Quote(speaker=speaker, text=body, direct=False, start=start, end=start + len(body)))
    return out, last


def _colon_quote(a: Analysed, k: int, kind: str, ctx: Context, last: Actor | None, direct: list[Quote]) -> Quote | None:
    """Speech after a colon with no quotation marks: "وقال بعد اللقاء: عرضنا في الزيارة الأوضاع"."""
    s0, text = a.sentence.start, a.sentence.text
    for x in range(k + 1, min(len(a.tokens), k + 8)):
        gap = text[a.tokens[x - 1].end - s0 : a.tokens[x].start - s0]
        if ":" not in gap:
            continue
        nxt = a.tokens[x]
        if any(c in gap for c in "«“\"(‘'") or nxt.norm in COMPLEMENT or speech_kind(nxt.norm, ctx.lex):
            return None
        if any(nxt.start <= d.start for d in direct) and direct:
            return None
        body = _TRAIL.sub("", text[nxt.start - s0 :]).strip()
        if len(body.split()) < MIN_WORDS or any(c in body for c in '«»“”"'):
            return None
        speaker = speaker_of(a, k, x, kind, last, ctx)
        return Quote(speaker=speaker, text=body, direct=True, start=nxt.start, end=nxt.start + len(body))
    return None


def _quoted_subject(a: Analysed, k: int, comp: int, lex: Lexicon) -> bool:
    """The quotation between the verb and its إن/أن is its subject's name ("قالت "منصة المواطنة" إن")."""
    s0, text = a.sentence.start, a.sentence.text
    spans = quote_spans(text, a.tokens[k].end - s0, a.tokens[comp].start - s0)
    if len(spans) != 1 or text[a.tokens[k].end - s0 : spans[0][0] - 1].strip():
        return False
    qs, qe = spans[0][0] + s0, spans[0][1] + s0
    return _is_name(a, qs, qe, len(text[qs - s0 : qe - s0].split()), lex)


def _nested(kind: str, word: str) -> bool:
    """A new statement told inside reported speech ("أعلن ... أن الرئيس ترامب قال إنه سيقابل")."""
    return kind == "say" and not participle(word)


def _governed(a: Analysed, qs: int, open_at: int, lex: Lexicon) -> bool:
    """A quotation inside reported speech has its own attribution (a speech verb or a colon
    before it); otherwise it is a phrase quoted within the reported words and stays in them."""
    if a.sentence.text[: open_at - 1 - a.sentence.start].rstrip().endswith(":"):
        return True
    return any(speech_kind(t.norm, lex) for t in a.tokens if qs <= t.start < open_at)


def _complementizer(a: Analysed, k: int, text: str, lex: Lexicon) -> int | None:
    """The إن/أن that opens what the speech verb at ``k`` reports (not past another speech verb,
    nor past "إلى"/"على" with a noun: "لفتت إلى وجود احتمالين، الأول يتمثل بأن" reports no speech)."""
    for x in range(k + 1, min(len(a.tokens), k + COMP_REACH)):
        tok = a.tokens[x]
        if tok.norm in COMPLEMENT and text[tok.start - 1 : tok.start] != "-":  # not "مون جاي-إن"
            return x
        if speech_kind(tok.norm, lex):
            return None
        if tok.norm == "الي" and x <= k + 4 and x + 1 < len(a.tokens) and a.tokens[x + 1].norm not in COMPLEMENT:
            return None  # the verb's own "إلى" with a noun
    return None


def _inside(q: Quote, others: list[Quote]) -> bool:
    """A direct quote inside reported speech, or reported speech told inside someone's direct quote."""
    return any(o is not q and o.start <= q.start and q.end <= o.end and o.direct != q.direct for o in others)


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
        ctx = Context(lex, article.text, tuple(analysed[n + 1 : n + 4]))
        spans, closing = _sentence_spans(analysed, n, para, covered)
        found, _ = _direct(a, ctx, last, [], spans, closing)
        reported, last_r = _reported(a, ctx, last, found, covered)
        direct, _ = _direct(a, ctx, last, reported, spans, closing)
        both = direct + reported
        merged = sorted((q for q in both if not _inside(q, both)), key=lambda q: q.start)
        quotes.extend(dataclasses.replace(q, speaker=None) if q.speaker == UNNAMED else q for q in merged)
        speakers = [q.speaker for q in merged if q.speaker]
        last = speakers[-1] if speakers else last_r
        covered = max([covered] + [e for _, e in spans])
    return quotes
