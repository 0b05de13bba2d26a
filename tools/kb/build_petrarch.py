"""Build src/marsad/data/kb/persons_petrarch.tsv from the Arabic actor dictionary of
UniversalPetrarch (../shared/resources/petrarch-arabic/actor_dict_ar_v4.txt, MIT).

The dictionary is noisy: lemmatized words joined by underscores, generic nouns
("جيش_إسرائيلي_", "مسؤول_أمريكي_") listed like actors, some wrong codes. Kept here:
names of two to four words, none of them a common word or a generic head noun, with
at least one dated code whose first three letters are a country (ISO alpha-3); a
person the hand-written persons.tsv already has is skipped. The English name is left
empty (the dictionary has none; a transliteration would be a guess), so the stage
reports these persons with their country and sector but no English name.

    .venv/bin/python tools/kb/build_petrarch.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from marsad.kb.model import KnowledgeBase, name_key
from marsad.normalize import normalize
from marsad.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT.parent / "shared" / "resources" / "petrarch-arabic" / "actor_dict_ar_v4.txt"
COUNTRIES = ROOT.parent / "shared" / "resources" / "countries" / "countries.json"
OUT = data_path("kb/persons_petrarch.tsv")
_CODE = re.compile(r"\[\s*([A-Z]{3})([A-Z]*)\s*>?\s*(\d{8})?\s*-?\s*(\d{8})?\s*\]")
GENERIC_FILE = Path(__file__).with_name("petrarch_generic.txt")
MEDIA = {"تايمز", "نيوز", "بوست", "برس", "تي", "في", "راديو", "تلفزيون"}
SECTOR = {"GOV": "Government", "ELI": "Elite", "MIL": "Military", "REB": "Rebel", "PTY": "Party", "LEG": "Legislator",
          "JUD": "Judiciary", "MED": "Media", "BUS": "Business", "OPP": "Opposition", "SPY": "Intelligence",
          "COP": "Police", "EDU": "Education", "CVL": "Civilian", "REL": "Religious"}


def _date(d: str | None) -> str:
    return f"{d[:4]}-{d[4:6]}-{d[6:]}" if d and d != "18000101" else ""


def parse() -> list[tuple[str, list[tuple[str, str, str, str]]]]:
    entries: list[tuple[str, list[tuple[str, str, str, str]]]] = []
    for line in SRC.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(("\t", " ")) and line.strip().startswith("["):
            if entries:
                entries[-1][1].extend(m.groups("") for m in _CODE.finditer(line))  # type: ignore[misc]
            continue
        name, _, rest = line.strip().partition("[")
        entries.append((name.strip(), [m.groups("") for m in _CODE.finditer("[" + rest)] if rest else []))
    return entries


def main() -> int:
    iso3 = {c["cca3"] for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))}
    generic = {normalize(w) for w in GENERIC_FILE.read_text(encoding="utf-8").split() if not w.startswith("#")}
    hand = [data_path(n) for n in ("kb/orgs.tsv", "kb/persons.tsv", "kb/places.tsv")]
    known = KnowledgeBase.load(hand, bundled=False)
    common = {w.strip() for w in data_path("kb/common_words.txt").read_text(encoding="utf-8").splitlines()
              if w.strip() and not w.startswith("#")}
    rows, seen = [], set()
    for raw, codes in parse():
        words = [w for w in raw.replace("_", " ").split() if w]
        key = name_key(" ".join(words))
        dated = [c for c in codes if c[0] in iso3 and c[2]]
        if not 2 <= len(words) <= 4 or not dated or key in seen or known.by_name.get(key):
            continue
        if any(w in generic or w in common or len(w) < 2 or w in MEDIA or any(ch.isdigit() for ch in w) for w in key):
            continue
        seen.add(key)
        dated.sort(key=lambda c: c[2])
        country = dated[-1][0]
        roles = ";".join(
            f"{SECTOR.get(sec[:3], 'Official')}@{_date(start)}/{_date(end) if end and end > start else ''}"
            for _, sec, start, end in dated if _ == country
        )
        sector = dated[-1][1][:3] or ""
        rows.append(["pa:" + "-".join(key), "PERSON", "", country, " ".join(words), "", sector, roles,
                     "petrarch-arabic actor_dict_ar_v4 (cleaned)"])
    header = ("# Persons from the Arabic actor dictionary of UniversalPetrarch (MIT), cleaned by\n"
              "# tools/kb/build_petrarch.py: no English name (the dictionary has none), roles from the dated codes.\n"
              "# id\ttype\tname_en\tcountry\tname_ar\tvariants\tsector\troles\tsource\n")
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} persons -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
