"""Check persons.tsv against the Phoenix actor dictionaries (../shared/resources/phoenix, MIT).

For each person of persons.tsv whose English name Phoenix also lists, print the
Phoenix codes with dates beside the roles of persons.tsv, and flag a country that
differs. Run by hand after editing persons.tsv:

    .venv/bin/python tools/kb/check_phoenix.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from marsad.kb.model import read_entries
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


def main() -> int:
    actors = phoenix_actors()
    matched = differing = 0
    for e in read_entries(data_path("kb/persons.tsv")):
        codes = actors.get(_key(e.name_en))
        if not codes:
            continue
        matched += 1
        countries = {c for c, *_ in codes if c not in ("IGO", "NGO")}
        flag = ""
        if e.country and countries and e.country not in countries:
            flag, differing = "  <-- country differs", differing + 1
        roles = "; ".join(f"{r.title} {r.start}/{r.end}" for r in e.roles)
        phx = " ".join(f"{c}{s} {a}-{b}".strip() for c, s, a, b in codes[:6])
        print(f"{e.name_en} ({e.country}): {roles}\n    phoenix: {phx}{flag}")
    print(f"{matched} persons found in Phoenix, {differing} with another country", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
