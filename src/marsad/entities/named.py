"""Institutions named after a person: "مطار محمد الخامس", "جامعة مولاي إسماعيل", "المطار الدولي
محمد الخامس", "إذاعة محمد السادس للقرآن الكريم". A head noun right before a person's name (with
only a facility adjective between them), or at the start of what was read as a name ("راديو
ميتري"), makes the whole phrase an ORG or a FAC, not a PERSON.
The phrase goes on over a genitive complement (للقرآن الكريم) for an ORG, or a facility
adjective (الدولي) for a FAC."""

from __future__ import annotations

import dataclasses
from bisect import bisect_right

from marsad.entities.crf import to_norm
from marsad.entities.lexicon import Lexicon
from marsad.entities.tokens import Token, readings
from marsad.normalize import Normalized
from marsad.records import Entity

_MAX_TAIL = 3


def _head(lex: Lexicon, word: str) -> tuple[str, int] | None:
    """(ORG or FAC, proclitic chars) when ``word`` is an institution head noun."""
    for r, s in readings(word):
        base = r[2:] if r.startswith("ال") else r
        if lex.is_("namedfac", base) or lex.is_("fachead", base):
            return "FAC", s
        if lex.is_("namedorg", base) or lex.is_("orghead", r):
            return "ORG", s
    return None


def _tail(toks: list[Token], lex: Lexicon, k: int, typ: str) -> int:
    """The end of what follows the name at token ``k``: a facility adjective, or a genitive
    complement (لـ + definite word, then definite adjectives)."""
    if k >= len(toks) or toks[k].gap:
        return k
    if typ == "FAC":
        return k + 1 if lex.is_("facadj", toks[k].text) else k
    if not toks[k].text.startswith("لل"):
        return k
    end = k + 1
    while end < len(toks) and end - k < _MAX_TAIL and not toks[end].gap and toks[end].text.startswith("ال"):
        if lex.is_("stop", toks[end].text):
            break
        end += 1
    return end


def named_after(ents: list[Entity], toks: list[Token], norm: Normalized, lex: Lexicon) -> list[Entity]:
    """``ents`` with each person named as the eponym of an institution replaced by the institution."""
    if not any(e.type == "PERSON" for e in ents) or not toks:
        return ents
    starts = [t.start for t in toks]
    out = list(ents)
    for e in ents:
        if e.type != "PERSON":
            continue
        s, t = to_norm(norm, e.start, e.end)
        k = bisect_right(starts, s) - 1  # the token the name starts in
        last = bisect_right(starts, max(t - 1, s)) - 1
        inside = _head(lex, toks[k].text) if last > k and not toks[k].text.startswith("ال") else None
        head: tuple[str, int] | None = inside
        if inside is not None:  # the head inside the span: "راديو ميتري"
            h = k
        else:
            if k < 1 or toks[k].gap:
                continue
            h = k - 1
            if lex.is_("facadj", toks[h].text) and h >= 1 and not toks[h].gap:
                h -= 1  # "المطار الدولي محمد الخامس"
            head = _head(lex, toks[h].text)
        if head is None:
            continue
        typ, skip = head
        end = _tail(toks, lex, last + 1, typ)
        a, b = norm.to_original(toks[h].start + skip, toks[end - 1].end)
        out = [x for x in out if x.end <= a or x.start >= b]
        out.append(dataclasses.replace(e, text=norm.original[a:b], start=a, end=b, type=typ, kb_id=None,
                                       name_en=None, country=None, role=None))
    out.sort(key=lambda x: x.start)
    return out
