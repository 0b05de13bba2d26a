"""The issue's done criteria on the two seed pages, through the whole pipeline."""

from __future__ import annotations

from functools import cache

from marsad.api import extract_text
from marsad.records import Article, Event
from tests.conftest import shared_path


@cache
def seed(name: str, published: str) -> tuple[Article, ...]:
    path = shared_path("corpus", "seeds", name)
    return tuple(extract_text(path.read_text(encoding="utf-8"), source=str(path), published=published))


def page0() -> tuple[Article, ...]:
    return seed("000_06ddb654909b3257.txt", "2024-03-14")


def page1() -> Article:
    return seed("001_1e98b3542325010d.txt", "2025-02-24")[0]


def find(art: Article, typ: str, src: str, tgt: str | None, **names: str) -> list[Event]:
    out = []
    for e in art.events:
        if e.type != typ or not e.source or e.source.country != src:
            continue
        if tgt is not None and (not e.target or e.target.country != tgt):
            continue
        if "source" in names and e.source.name_en != names["source"]:
            continue
        if "target" in names and (not e.target or e.target.name_en != names["target"]):
            continue
        out.append(e)
    return out


def test_galuzin_consults_akcapar_in_ankara_in_march_2024() -> None:
    [ev] = find(page0()[0], "CONSULT", "RUS", "TUR", source="Mikhail Galuzin", target="Burak Akçapar")
    assert ev.location and ev.location.name_en == "Ankara"
    assert ev.date and ev.date.startswith("2024-03")
    assert ev.source and ev.source.sector == "GOV"


def test_russia_demands_an_end_to_arms_supplies() -> None:
    assert find(page0()[0], "REQUEST", "RUS", None)


def test_prisoner_exchange_agreement() -> None:
    part1 = page0()[1]
    events = find(part1, "AGREE", "UKR", "RUS") or find(part1, "AGREE", "RUS", "UKR")
    assert any(e.quantity == 1000 for e in events)
    assert any(e.location and e.location.name_en == "Istanbul" for e in events)


def test_fidan_praises_the_us_initiative() -> None:
    assert find(page1(), "SUPPORT", "TUR", "USA", source="Hakan Fidan")


def test_lavrov_meets_fidan_and_erdogan_in_ankara() -> None:
    art = page1()
    meetings = [
        e
        for e in art.events
        if e.type == "CONSULT"
        and not e.mode
        and {e.source and e.source.name_en, e.target and e.target.name_en} & {"Sergey Lavrov"}
    ]
    partners = {n for e in meetings for n in (e.source and e.source.name_en, e.target and e.target.name_en)}
    assert {"Hakan Fidan", "Recep Tayyip Erdoğan"} <= partners
    erdogan = [e for e in meetings if "Recep Tayyip Erdoğan" in (e.target and e.target.name_en,)]
    assert erdogan and erdogan[0].location and erdogan[0].location.name_en == "Ankara"


def test_us_and_russia_met_on_18_february() -> None:
    events = find(page1(), "CONSULT", "USA", "RUS") + find(page1(), "CONSULT", "RUS", "USA")
    assert any(e.date == "2025-02-18" for e in events)


def test_lavrov_accuses_the_west() -> None:
    [ev] = [e for e in page1().events if e.type == "ACCUSE" and e.trigger == "مدعيا"]
    assert ev.source and ev.source.name_en == "Sergey Lavrov"
    assert ev.target and ev.target.sector == "MIL"  # "القوات الغربية"
    assert ev.target.country == "WST"  # data/events/collectives.tsv


def test_lavrov_quote() -> None:
    quotes = [q for q in page1().quotes if "كنا على وشك اتفاق خلال محادثات اسطنبول" in q.text]
    assert quotes and quotes[0].direct
    assert quotes[0].speaker and quotes[0].speaker.name_en == "Sergey Lavrov"
