"""Places after a location preposition, misspelled ("في رياده" -> Riyadh), and places named
through a head noun: a Moroccan province ("إقليم الحسيمة" -> Al Hoceima Province,
GPE) and a city's airport ("مطار لندن" -> London Airport, FAC). The English name is built from
the place's; neither is a knowledge-base entry, so ``kb_id`` stays empty."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from marsad.entities.fuzzy import skeleton
from marsad.entities.gazetteer import Cand, Gazetteer
from marsad.entities.lexicon import Lexicon
from marsad.entities.tokens import Token, readings

PROVINCE_COUNTRY = "MAR"  # إقليم names a province in Moroccan usage; elsewhere a region (إقليم كردستان)


def provinces(toks: list[Token], chosen: list[Cand], lex: Lexicon) -> list[Cand]:
    """``chosen`` and, for each Moroccan place right after إقليم (also بإقليم، لإقليم), its province."""
    out = []
    for c in chosen:
        i = c.start - 1
        if c.type == "GPE" and c.country == PROVINCE_COUNTRY and c.name_en and c.skip == 0 and i >= 0:
            head = next((s for r, s in readings(toks[i].text) if lex.is_("province", r)), -1)
            if head >= 0 and not toks[c.start].gap:  # the seat stays a mention of its own
                out.append(dataclasses.replace(c, start=i, skip=head, kb_id=None, name_en=f"{c.name_en} Province"))
        out.append(c)
    return out


def airport_name(head: str, place_name: str | None) -> str | None:
    """"London Airport" for "مطار لندن" (the head normalized); None for other facilities."""
    return f"{place_name} Airport" if head == "مطار" and place_name else None


def misspelled_places(
    toks: list[Token], chosen: list[Cand], gaz: Gazetteer, common: Callable[[str, bool], bool]
) -> list[Cand]:
    """A word after a location preposition, not taken and not a common word (``common(word,
    first)``), that has the consonant skeleton of exactly one known place."""
    lex, kb = gaz.lex, gaz.kb
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out = []
    for i in range(1, len(toks)):
        tok = toks[i]
        if i in taken or toks[i - 1].text not in lex.words.get("locprep", ()) or len(tok.text) < 4:
            continue
        if lex.is_("stop", tok.text) or common(tok.text, True):
            continue
        ids = gaz.places.get(skeleton(tok.text), [])
        if len(set(ids)) == 1:
            e = kb.entries[ids[0]]
            out.append(Cand(i, i + 1, e.type, e.id, e.name_en, e.country or None, None, 8))
    return out


def settlements(
    toks: list[Token], chosen: list[Cand], lex: Lexicon, common: Callable[[str, bool], bool],
    name_word: Callable[[str], bool],
) -> list[Cand]:
    """Places the knowledge base lacks named after a settlement head (دوار، قرية، بلدة، مدينة،
    منطقة، مخيم): one word, not taken, indefinite, not a nisba adjective (منطقة حدودية), not a
    common or stop word, and a name word by spelling (``name_word``) or quoted (دوار "تورضوين"),
    is an unlinked GPE (the head stays out of the mention, as NewsFANE marks places)."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out = []
    for i in range(len(toks) - 1):
        j = i + 1
        if j in taken or toks[j].gap not in ("", '"', "«", "''") or not any(
            lex.is_("settlement", r) for r, _ in readings(toks[i].text)
        ):
            continue
        word = toks[j].text
        if len(word) < 4 or not word.isalpha() or word.startswith("ال") or word.endswith(("يه", "ي")):
            continue
        if lex.is_("stop", word) or common(word, False) or (j + 1 < len(toks) and (j + 1) in taken):
            continue
        if not (toks[j].gap or name_word(word)):
            continue
        end = j + 1
        nxt = toks[end] if end < len(toks) and end not in taken else None
        if nxt is not None and not nxt.gap and _second(nxt.text, lex, common, name_word):
            end += 1  # "منطقة سانت فوا"
        out.append(Cand(j, end, "GPE", None, None, None, None, 8))
    return out


def _second(word: str, lex: Lexicon, common: Callable[[str, bool], bool], name_word: Callable[[str], bool]) -> bool:
    """Whether ``word`` continues a settlement's name: indefinite, uncommon and name-like."""
    bad = word.startswith("ال") or lex.is_("stop", word) or common(word, False) or not word.isalpha()
    return not bad and name_word(word)
