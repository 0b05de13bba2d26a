"""The event coder (stage ``events/v1``): Arabic predicates to PLOVER/CAMEO events.

One pass over the sentences of an article. In each sentence every word is
looked up in the trigger lexicon (``data/events/triggers.tsv``); a trigger
row whose ``needs`` words occur nearby fires, and its frame says where the
source and target actors are (:mod:`marsad.events.arguments`; see
:mod:`marsad.events.actors` for how entity mentions become actors). Then mode and negation come from cue words
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
from typing import Any

from marsad.events.actors import (
    Analysed,
    Analyser,
    Mention,
    Token,
    analyse_article,
    coordinated,
    coordinated_back,
    token_cores,
)
from marsad.events.arguments import (
    COMPLEMENT,
    GOVERNORS,
    NO_ACTOR_TYPES,
    SVO_GAP,
    Context,
    arguments,
    groups_in,
    prep_object,
)
from marsad.events.details import Found, date_of, dedupe, location_of, misread, modality, quantity, reference
from marsad.events.lexicon import Lexicon, Trigger, load_lexicon
from marsad.records import Actor, Article, Event

_TWO_SIDED = frozenset({"CONSULT"})  # a meeting or a visit names both sides, or it is not coded
_LIGHT_VERBS = frozenset({"تم", "جري", "شهد", "شهدت", "قام", "قامت", "قاموا", "تعرض", "تعرضت", "تعرضوا"})
_CLAUSE = frozenset({"بينما", "وبينما", "لكن", "ولكن", "لكنه", "لكنها", "لكنهم"})  # a new clause
NEEDS_BEFORE, NEEDS_AFTER = 3, 14


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
        stop = next((x for x in range(k + 1, len(a.tokens)) if a.tokens[x].norm in COMPLEMENT), len(a.tokens))
        stop = min(stop, k + 9)
        after = groups_in(a, k + 1, stop)
        if after:
            out.append((k, [g.actor for g in coordinated(a.groups, after[0], text)]))
            continue
        before = [
            n for n, g in enumerate(a.groups) if g.j < k and all(t.norm in SVO_GAP for t in a.tokens[g.j + 1 : k])
        ]
        if before and not prep_object(a, a.groups[before[-1]]):  # "ترامب قال إنه ..."
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
        | {k for k, t in enumerate(a.tokens) if t.norm in COMPLEMENT or is_speech(t.norm, lex)}
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
    return row.pos == "V" and bare and k > 0 and tokens[k - 1].norm in GOVERNORS


def _needs_ok(tokens: tuple[Token, ...], k: int, row: Trigger) -> bool:
    if not row.needs:
        return True
    before, after = (NEEDS_BEFORE, NEEDS_AFTER) if row.pos == "V" else (0, 4)
    lo, hi = max(0, k - before), min(len(tokens), k + after + 1)
    if any(not row.needs.isdisjoint(token_cores(tokens[x])) for x in range(lo, hi) if x != k):
        return True
    # a noun after a light verb of its row ("تم اختطاف"، "شهد الشهر الحالي اغتيال")
    light = row.needs & _LIGHT_VERBS
    return row.pos == "N" and bool(light) and any(tokens[x].norm.lstrip("و") in light for x in range(max(0, k - 3), k))


def code_events(a: Analysed, f: Found, article: Article, lex: Lexicon, ctx: Context) -> list[tuple[Event, bool]]:
    if reference(a.tokens, f, lex, (article.published or "")[:4] or None):
        return []
    sources, targets = arguments(a, f, article.text, ctx)
    if not sources and not targets and f.row.plover not in NO_ACTOR_TYPES:
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
    if not pairs and f.row.plover not in NO_ACTOR_TYPES:
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
    return plover in NO_ACTOR_TYPES or bool(x and x.country)


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
