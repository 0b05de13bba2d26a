"""Check persons.tsv against the Phoenix actor dictionaries (../shared/resources/phoenix, MIT).

For each person of persons.tsv whose English name Phoenix also lists, print the
Phoenix codes with dates beside the roles of persons.tsv, and flag a country that
differs and a Phoenix government or military code starting in 2015 or later on a
date when persons.tsv gives the person no role. Then list the persons of
persons.tsv that persons_petrarch.tsv (UniversalPetrarch's Arabic dictionary) also
names, flagging another country. Run by hand after editing persons.tsv
(``--flagged`` prints only the flagged persons):

    .venv/bin/python tools/kb/check_phoenix.py [--flagged]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from marsad.kb.model import Entry, name_key, read_entries
from marsad.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
PHOENIX = ROOT.parent / "shared" / "resources" / "phoenix"
_CODE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([<>]?\d{6})?-?(\d{6})?\]")


def _key(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z]+", "_", ascii_name.upper()).strip("_")


def phoenix_actors() -> dict[str, list[tuple[str, str, str, str]]]:
    """Phoenix name (and alias) -> [(country, sector codes, from, to)]."""
    actors: dict[str, list[tuple[str, str, str, str]]] = {}
    for path in PHOENIX.glob("Phoenix.*.actors.txt"):
        names: list[str] = []
        codes: list[tuple[str, str, str, str]] = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith(("\t", " ")) and "[" in line:
                for m in _CODE.finditer(line):
                    codes.append((m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""))
                continue
            if not line.startswith("+"):
                for n in names:
                    actors.setdefault(n, []).extend(codes)
                names, codes = [], []
            names.append(line.lstrip("+").split("#")[0].strip().strip("_"))
        for n in names:
            actors.setdefault(n, []).extend(codes)
    return actors


def _date(yymmdd: str) -> str:
    """Phoenix's YYMMDD (maybe with < or >) as YYYY-MM; '' when absent."""
    d = yymmdd.lstrip("<>")
    if len(d) != 6:
        return ""
    return f"{'19' if d[:2] > '30' else '20'}{d[:2]}-{d[2:4]}"


def uncovered(e: Entry, codes: list[tuple[str, str, str, str]]) -> list[str]:
    """Starts (2015 or later) of Phoenix GOV/MIL codes of e's country on which e holds no role."""
    out = []
    for country, sector, start, _ in codes:
        begin = _date(start)
        recent = country == e.country and sector[:3] in ("GOV", "MIL") and begin >= "2015"
        if recent and not any(r.active(begin) for r in e.roles):
            out.append(f"{sector} {begin}")
    return out


def check_phoenix(persons: list[Entry], flagged_only: bool) -> None:
    actors = phoenix_actors()
    matched = differing = undated = 0
    for e in persons:
        codes = actors.get(_key(e.name_en))
        if not codes:
            continue
        matched += 1
        countries = {c for c, *_ in codes if c not in ("IGO", "NGO")}
        flag = ""
        if e.country and countries and e.country not in countries:
            flag, differing = "  <-- country differs", differing + 1
        gaps = uncovered(e, codes)
        if gaps:
            flag, undated = flag + f"  <-- no role on {', '.join(gaps)}", undated + 1
        if flagged_only and not flag:
            continue
        roles = "; ".join(f"{r.title} {r.start}/{r.end}" for r in e.roles)
        phx = " ".join(f"{c}{s} {a}-{b}".strip() for c, s, a, b in codes[:6])
        print(f"{e.name_en} ({e.country}): {roles}\n    phoenix: {phx}{flag}")
    print(f"{matched} persons found in Phoenix, {differing} with another country, "
          f"{undated} with a Phoenix code from 2015 on a date without a role", file=sys.stderr)


def check_petrarch(persons: list[Entry], flagged_only: bool) -> None:
    """Persons that persons_petrarch.tsv also names (a rebuild with build_petrarch.py drops those)."""
    petrarch: dict[tuple[str, ...], list[Entry]] = {}
    for p in read_entries(data_path("kb/persons_petrarch.tsv")):
        for n in p.names():
            petrarch.setdefault(name_key(n), []).append(p)
    both = differing = 0
    for e in persons:
        found = {p.id: p for n in e.names() for p in petrarch.get(name_key(n), [])}
        if not found:
            continue
        both += 1
        other = [p for p in found.values() if p.country and e.country and p.country != e.country]
        differing += bool(other)
        if other or not flagged_only:
            flag = "  <-- country differs" if other else ""
            print(f"{e.name_en} ({e.country}) = {', '.join(f'{p.id} ({p.country})' for p in found.values())}{flag}")
    print(f"{both} persons also in persons_petrarch.tsv, {differing} with another country", file=sys.stderr)


def main() -> int:
    flagged_only = "--flagged" in sys.argv[1:]
    persons = list(read_entries(data_path("kb/persons.tsv")))
    check_phoenix(persons, flagged_only)
    check_petrarch(persons, flagged_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
