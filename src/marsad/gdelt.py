"""A GDELT-style event table: one row per coded event, in GDELT 2.0 column names.

Columns GDELT has and Marsad does not fill (tone, geo coordinates) are left out;
Marsad's own fields (PLOVER type, negation, mode, quantity, the sentence) follow
the GDELT ones. QuadClass and GoldsteinScale come from the CAMEO root
(``data/export/cameo_roots.tsv``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from typing import Any

from marsad.records import Actor, Article, Event
from marsad.resources import read_tsv

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
    "PloverType", "Negated", "Mode", "Quantity", "ArticleId", "Sentence",
)


@cache
def cameo_roots() -> dict[str, tuple[int, float]]:
    return {root: (int(quad), float(gold)) for root, quad, gold, *_ in read_tsv("export/cameo_roots.tsv", 3)}


def _actor(a: Actor | None) -> tuple[str, str, str, str]:
    if a is None:
        return ("", "", "", "")
    code = (a.country or "") + (a.sector or "")
    return (code, (a.name_en or "").upper(), a.country or "", a.sector or "")


def event_row(article: Article, index: int, event: Event) -> tuple[Any, ...]:
    date = event.date or article.published or ""
    sqldate = date.replace("-", "")[:8] if len(date) >= 10 else ""
    root = (event.cameo or "")[:2]
    quad, goldstein = cameo_roots().get(root, (0, 0.0))
    ident = int(hashlib.sha1(f"{article.id}:{index}".encode()).hexdigest()[:12], 16)
    return (
        ident, sqldate, sqldate[:6], sqldate[:4], *_actor(event.source), *_actor(event.target),
        1 if index == 0 else 0, event.cameo, (event.cameo or "")[:3], root, quad, goldstein, 1,
        len(article.outlets) or 1, 1, event.location.name_en if event.location else "",
        event.location.country if event.location else "", (article.published or "").replace("-", ""),
        article.url or article.source, event.type, int(event.negated), event.mode or "",
        "" if event.quantity is None else event.quantity, article.id, event.sentence,
    )


def event_rows(article: Article) -> Iterator[tuple[Any, ...]]:
    for index, event in enumerate(article.events):
        yield event_row(article, index, event)
