"""Later mentions of persons, after the other passes: persons learned from earlier articles
named again without a title, and the full name or the surname of a person found in the article
(linked or not: "اللاعب يوسف النصيري ... وأضاف النصيري")."""

from __future__ import annotations

import dataclasses

from marsad.entities.gazetteer import Cand, Gazetteer
from marsad.entities.tokens import Token
from marsad.kb.learned import LearnedEntries


def learned_names(toks: list[Token], chosen: list[Cand], gaz: Gazetteer, learned: LearnedEntries) -> list[Cand]:
    """Persons learned from earlier articles, named again without a title."""
    known = learned.known_names()
    if not known:
        return []
    longest, prefixes = max(map(len, known)), Gazetteer.prefixes_of(known)
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out, i = [], 0
    while i < len(toks):
        m = None if i in taken else gaz.longest(toks, i, known, longest, prefixes=prefixes)
        if m is None or any(j in taken for j in range(i, m[0])):
            i += 1
            continue
        kb_id, country, name_en = known[m[2]]
        out.append(Cand(i, m[0], "PERSON", kb_id, name_en, country, None, 7, m[1], m[2]))
        i = m[0]
    return out


def short_names(toks: list[Token], chosen: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """Later mentions of a person found in the article (read with its name tokens): the full
    name again, or the surname (not one that two persons of the article share)."""
    lex = gaz.lex
    alias: dict[tuple[str, ...], Cand] = {}
    shared: set[tuple[str, ...]] = set()
    for c in chosen:
        if c.type != "PERSON" or len(c.key) < 2:
            continue
        alias.setdefault(c.key, c)
        last = c.key[-1]
        short = len(last) >= 3 and not lex.is_("particle", last) and not lex.is_("stop", last)
        if short and alias.setdefault((last,), c).key != c.key:
            shared.add((last,))
    for k in shared:
        del alias[k]
    if not alias:
        return []
    longest, prefixes = max(map(len, alias)), Gazetteer.prefixes_of(alias)
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out, i = [], 0
    while i < len(toks):
        m = None if i in taken else gaz.longest(toks, i, alias, longest, prefixes=prefixes)
        if m is None or any(j in taken for j in range(i, m[0])) or (m[2] in lex.demonyms):
            i += 1
            continue
        out.append(dataclasses.replace(alias[m[2]], start=i, end=m[0], skip=m[1], prio=7))
        i = m[0]
    return out
