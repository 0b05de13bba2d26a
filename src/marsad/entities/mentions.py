"""Later mentions of persons, after the other passes: persons learned from earlier articles
named again without a title, and the full name or the surname of a person found in the article
(linked or not: "اللاعب يوسف النصيري ... وأضاف النصيري"), and names before a relative clause."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from marsad.entities.gazetteer import Cand, Gazetteer
from marsad.entities.lexicon import Lexicon
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


_JOINS = ("particle", "namestart")


def appositions(
    toks: list[Token], chosen: list[Cand], lex: Lexicon, name_word: Callable[[str], bool], common: Callable[[str], bool]
) -> list[Cand]:
    """Unlinked persons named before a relative clause ("ميشيل كيلو، الذي توفي"): two or three
    words, none taken, common or definite, each a name word by ``name_word`` (given name,
    particle or name-like spelling), right before a comma and الذي (التي only after a given name)."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out = []
    for k in range(2, len(toks)):
        rel = toks[k].text
        if rel not in ("الذي", "التي") or toks[k].gap not in ("،", ","):
            continue
        for n in (3, 2):
            i = k - n
            words = [t.text for t in toks[i:k]]
            if i < 0 or any(j in taken for j in range(i, k)) or any(t.gap for t in toks[i + 1 : k]):
                continue
            if words[0].startswith("ال") or any(common(w) or lex.is_("stop", w) for w in words):
                continue
            if not all(name_word(w) for w in words) or (rel == "التي" and not lex.is_("given", words[0])):
                continue
            if n == 3 and not (lex.is_("given", words[0]) or any(lex.is_(x, w) for x in _JOINS for w in words[:2])):
                continue  # "تأليف محمد بوبو، الذي": a third word only with a given name first or a particle
            out.append(Cand(i, k, "PERSON", None, None, None, None, 7, 0, tuple(words)))
            break
    return out
