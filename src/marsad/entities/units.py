"""Places named through a head noun: a Moroccan province ("إقليم الحسيمة" -> Al Hoceima Province,
GPE) and a city's airport ("مطار لندن" -> London Airport, FAC). The English name is built from
the place's; neither is a knowledge-base entry, so ``kb_id`` stays empty."""

from __future__ import annotations

import dataclasses

from marsad.entities.gazetteer import Cand
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
