"""Clubs, teams and news outlets named after a place.

A place name right after an outlet or team head noun (فريق برشلونة، نادي ليون، صحيفة "بابل"،
قناة دبي) is the club or outlet, not the place: the mention is an ORG over the place's words
(the head stays out, as in NewsFANE and the development gold), unlinked and with no country
for an outlet (صحيفة "بابل" is no paper of Babol), with the place's country for a team. A
place between a club word and a club suffix (ريال مدريد، دينامو كييف، أولمبيك خريبكة،
ليستر سيتي) is a club too, over the whole phrase.
A known organization read with its head noun (فريق برشلونة, a variant of FC Barcelona) keeps
its link; its mention starts after the head; so does a known place read with a division head
(دولة الكويت، إقليم دارفور، مدينة العيون -> الكويت، دارفور، العيون), as NewsFANE marks them.
"""

from __future__ import annotations

import dataclasses

from marsad.entities.gazetteer import Cand
from marsad.entities.lexicon import Lexicon
from marsad.entities.tokens import Token, readings
from marsad.entities.units import PROVINCE_COUNTRY

_QUOTES = ("", '"', "«", "'")


def _head_kind(lex: Lexicon, word: str) -> str | None:
    """"team" or "outlet" when ``word`` (proclitics stripped) is such a head noun."""
    for r, _ in readings(word):
        if lex.is_("teamhead", r):
            return "team"
        if lex.is_("outlethead", r):
            return "outlet"
    return None


def clubs(toks: list[Token], chosen: list[Cand], lex: Lexicon) -> list[Cand]:
    """``chosen`` with places read as clubs or outlets where a head noun or club word says so,
    and linked organizations' head nouns left out of their mentions."""
    taken = {j for c in chosen if not c.nested for j in range(c.start, c.end)}
    out = []
    for c in chosen:
        if c.type == "ORG" and c.kb_id and not c.kb_id.startswith("body:") and c.end - c.start >= 2:
            out.append(_trim_head(toks, c, lex, "trimhead"))
            continue
        if c.type not in ("GPE", "LOC") or c.nested or c.prio == 4:  # prio 4: a demonym
            out.append(c)
            continue
        if c.kb_id and c.end - c.start >= 2:
            c = _trim_head(toks, c, lex, "placehead")
        i, end = c.start - 1, c.end
        prev = toks[i].text if i >= 0 and toks[c.start].gap in _QUOTES else ""
        suffix = end < len(toks) and not toks[end].gap and lex.is_("clubsuffix", toks[end].text)
        if prev and c.skip == 0 and lex.is_("clubword", prev) and i not in taken:
            out.append(dataclasses.replace(c, start=i, end=end + suffix, type="ORG", kb_id=None, name_en=None))
        elif suffix and c.skip == 0:
            out.append(dataclasses.replace(c, end=end + 1, type="ORG", kb_id=None, name_en=None))
        elif prev and i not in taken and _head_kind(lex, prev) and c.skip == 0:
            country = c.country if _head_kind(lex, prev) == "team" else None
            out.append(dataclasses.replace(c, type="ORG", kb_id=None, name_en=None, country=country, role=None))
        else:
            out.append(c)
    return out


def _trim_head(toks: list[Token], c: Cand, lex: Lexicon, kind: str) -> Cand:
    """A linked mention without a leading head noun of ``kind``: a team or newspaper head
    (trimhead) before an organization, a division head (placehead: دولة، إقليم، مدينة) before
    a place."""
    word = toks[c.start].text[c.skip :]
    if kind == "placehead" and c.country == PROVINCE_COUNTRY and lex.is_("province", word):
        return c  # in Moroccan usage إقليم X is the province's name (Tinghir Province)
    if not lex.is_(kind, word) or toks[c.start + 1].gap not in _QUOTES:
        return c
    return dataclasses.replace(c, start=c.start + 1, skip=0)
