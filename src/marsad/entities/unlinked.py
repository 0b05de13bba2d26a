"""Entities for the names the CRF finds where the rules found nothing.

A span that is a name particle alone ("الدين" of "سفيان عز الدين") or that runs over a hyphen
("بومالن - دادس", two places joined) is not a person. A one-word person that is the last word
of a longer person's name in the same article ("هابيمانا" after "صالح هابيمانا") is a later
mention of that person and takes its link, English name, country and role.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from marsad.entities.context import home_country
from marsad.entities.lexicon import Lexicon
from marsad.kb.translit import transliterate
from marsad.normalize import Normalized, normalize
from marsad.records import Entity


def unlinked(
    spans: Iterable[tuple[int, int, str]], found: list[Entity], norm: Normalized, lex: Lexicon
) -> list[Entity]:
    """Entities for the CRF's ``(start, end, type)`` normalized-text spans, given the entities
    ``found`` by the rules."""
    new: list[Entity] = []
    for s, e, typ in spans:
        words = norm.text[s:e].split()
        if typ == "PERSON" and (
            any(w in ("-", "–") or "-" in w for w in words) or (len(words) == 1 and lex.is_("particle", words[0]))
        ):
            continue
        a, b = norm.to_original(s, e)
        new.append(Entity(norm.original[a:b], a, b, typ, None, None, None, None))
    persons = sorted((x for x in (*found, *new) if x.type == "PERSON"), key=lambda x: x.kb_id is None)
    last: dict[str, Entity] = {}
    for p in persons:
        words = p.text.split()
        if len(words) >= 2:
            last.setdefault(normalize(words[-1]), p)
    out = []
    for x in new:
        full = last.get(normalize(x.text)) if x.type == "PERSON" and len(x.text.split()) == 1 else None
        if full is not None:
            x = dataclasses.replace(x, kb_id=full.kb_id, name_en=full.name_en, country=full.country, role=full.role)
        out.append(x)
    return out


def romanized(entities: list[Entity]) -> list[Entity]:
    """Persons the knowledge base lacks, with no learned entry either, get a provisional English
    name: a transliteration in the article's home country's usage (French-style in the Maghreb).
    They stay unlinked (kb_id None), which is how a reader, and the scorer, tell the name is a guess."""
    if not any(e.type == "PERSON" and e.kb_id is None and not e.name_en for e in entities):
        return entities
    home = home_country((e.type, e.country) for e in entities)
    return [
        dataclasses.replace(e, name_en=transliterate(e.text, e.country or home))
        if e.type == "PERSON" and e.kb_id is None and not e.name_en
        else e
        for e in entities
    ]
