"""Builders for test articles: the seed pages split by hand (until the page stage lands)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.records import Article
from marsad.stories.corpus import text_id
from marsad.stories.schema import write_article

FURNITURE = ("تاريخ النشر", "المصدر", "كلمات دلالية", "شاركها")


def _clean(lines: list[str]) -> str:
    out = [ln.replace("إقرأ المزيد", "").strip() for ln in lines]
    return "\n".join(ln for ln in out if ln and not ln.startswith(FURNITURE))


def seed_articles(seeds: Path, dated: bool = True) -> list[Article]:
    """The three seed articles. Page 000 gives its own date (14 March 2024); with ``dated`` the
    other two get the dates of the events they report (a user's --published)."""
    page0 = next(seeds.glob("000_*.txt")).read_text(encoding="utf-8").splitlines()
    cut = next(i for i, ln in enumerate(page0) if ln.startswith("إقرأ أيضاً"))
    first, second = page0[:cut], page0[cut + 1 :]
    page1 = next(seeds.glob("001_*.txt")).read_text(encoding="utf-8").splitlines()
    texts = [
        (first[0], _clean(first[1:]), "2024-03-14", "000"),
        (second[0], _clean(second[1:]), "2025-05-16" if dated else None, "000#1"),
        (None, _clean(page1), "2025-02-24" if dated else None, "001"),
    ]
    return [Article(id=text_id(t), source=src, title=title, text=t, published=day) for title, t, day, src in texts]


def store(conn: sqlite3.Connection, articles: list[Article]) -> None:
    for art in articles:
        write_article(conn, art)


# What the entity stage links in the seeds (a stand-in until it lands): surface -> (kb_id, type).
SEED_ENTITIES = {
    "روسيا": ("Q159", "GPE"),
    "الروسي": ("Q159", "GPE"),
    "الروسية": ("Q159", "GPE"),
    "موسكو": ("Q649", "GPE"),
    "تركيا": ("Q43", "GPE"),
    "التركي": ("Q43", "GPE"),
    "أنقرة": ("Q3640", "GPE"),
    "أوكرانيا": ("Q212", "GPE"),
    "الأوكراني": ("Q212", "GPE"),
    "الأوكرانية": ("Q212", "GPE"),
    "كييف": ("Q1899", "GPE"),
    "إسطنبول": ("Q406", "GPE"),
    "اسطنبول": ("Q406", "GPE"),
    "بوتين": ("Q7747", "PERSON"),
    "أردوغان": ("Q39259", "PERSON"),
    "فيدان": ("Q1373005", "PERSON"),
    "لافروف": ("Q80552", "PERSON"),
    "زيلينسكي": ("Q3874799", "PERSON"),
    "ترامب": ("Q22686", "PERSON"),
}


def with_entities(art: Article) -> Article:
    """``art`` with the seed entities found by plain string search."""
    import dataclasses
    import re

    from marsad.records import Entity

    ents = []
    for surface, (kb, typ) in SEED_ENTITIES.items():
        for m in re.finditer(re.escape(surface), art.text):
            ents.append(Entity(surface, m.start(), m.end(), typ, kb_id=kb))
    return dataclasses.replace(art, entities=tuple(sorted(ents, key=lambda e: e.start)))
