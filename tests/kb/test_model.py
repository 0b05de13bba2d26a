"""The knowledge base: loading, lookup by normalized name, dated roles, user files, merges."""

from __future__ import annotations

from pathlib import Path

from marsad.kb.model import KnowledgeBase, Role, bundled_kb, canonical_role, name_key


def test_bundled_kb_has_countries_cities_orgs_persons() -> None:
    kb = bundled_kb()
    assert kb.country("RUS") is not None and kb.country("RUS").name_en == "Russia"
    assert kb.get("Q7747").name_en == "Vladimir Putin"
    assert {e.name_en for e in kb.lookup("أنقرة")} == {"Ankara"}
    assert kb.lookup("إسطنبول")[0].name_en == "Istanbul"
    assert kb.lookup("اسطنبول")[0].name_en == "Istanbul"
    assert kb.lookup("أمريكا")[0].country == "USA"
    assert kb.lookup("روسيا الاتحادية")[0].name_en == "Russia"
    assert kb.lookup("حلف الناتو")[0].name_en == "NATO"
    assert kb.lookup("وكالة الأناضول")[0].name_en == "Anadolu Agency"
    assert kb.lookup("البحر الأسود")[0].type == "LOC"
    assert len([e for e in kb.entries.values() if e.type == "GPE" and "countries.json" in e.source]) >= 240


def test_every_country_code_is_iso3_and_ids_are_unique() -> None:
    kb = bundled_kb()
    for e in kb.entries.values():
        assert not e.country or (len(e.country) == 3 and e.country.isupper()), e
    assert len({e.id for e in kb.entries.values()}) == len(kb.entries)


def test_dated_roles() -> None:
    kb = bundled_kb()
    assert [e.name_en for e in kb.holders("Minister of Foreign Affairs", "TUR", "2025-02-24")] == [
        "Hakan Fidan"
    ]
    assert [e.name_en for e in kb.holders("Minister of Foreign Affairs", "TUR", "2020-01-01")] == [
        "Mevlüt Çavuşoğlu"
    ]
    assert [e.name_en for e in kb.holders("Minister of Defence", "UKR", "2024-03-14")] == ["Rustem Umerov"]
    assert [e.name_en for e in kb.holders("Minister of Foreign Affairs", "USA", "2025-03-01")] == [
        "Marco Rubio"
    ]
    assert canonical_role("Secretary of State") == "Minister of Foreign Affairs"
    r = Role("President", "2019-05-20", "")
    assert r.active("2025") and r.active("2019-05-20") and not r.active("2019-05-19") and r.active(None)


def test_persons_of_the_core_countries_have_dated_roles() -> None:
    kb = bundled_kb()
    for iso3 in ("RUS", "TUR", "UKR", "USA", "CHN", "DEU", "FRA", "GBR", "IRN", "ISR", "SAU", "EGY", "MAR"):
        persons = kb.persons(iso3)
        assert persons, iso3
        assert all(p.roles and all(r.start for r in p.roles) for p in persons), iso3


def test_user_tsv_extends_and_merges(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(
        "# id\ttype\tname_en\tcountry\tname_ar\tvariants\tsector\troles\tsource\n"
        "u:x\tPERSON\tJohn Example\tGBR\tجون إكزامبل\tإكزامبل\t\tMinister of Defence@2030/\tuser\n"
        "p:fidan\tPERSON\t\t\tحقان فيدان\t\t\t\tuser\n"
        "u:y\tPERSON\tJ. Example\tGBR\tجيه إكزامبل\t\t\t\tuser\n"
        "u:y\tMERGED\tu:x\t\t\t\t\t\tuser\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([user])
    assert kb.get("u:x").roles[0].sector == "MIL"
    assert kb.lookup("حقان فيدان")[0].name_en == "Hakan Fidan"
    assert kb.get("u:y").id == "u:x"
    assert kb.lookup("جيه إكزامبل")[0].id == "u:x"


def test_name_key_normalizes() -> None:
    assert name_key("إسطنبول") == name_key("اسطنبول")
    assert name_key("تركيّا") == name_key("تركيا")


def test_events_api_sector_and_bodies() -> None:
    kb = bundled_kb()
    lavrov = kb.get("p:lavrov")
    assert lavrov is not None and lavrov.country == "RUS" and lavrov.sector_at("2024-03-14") == "GOV"
    assert kb.get("p:umerov").sector_at("2024-03-14") == "MIL"
    assert kb.get("Q7184").sector_at() == "IGO"
    body = kb.get("body:RUS:ministryofdefence")
    assert body is not None and body.name_en == "Ministry of Defence (Russia)" and body.sector_at() == "MIL"
    assert kb.get("body:UKR:officeofthepresidentof").name_en == "Office of the President of Ukraine"
    assert kb.get("nope") is None
