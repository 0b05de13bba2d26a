"""Review aid: place names from places.tsv (single words) that are frequent in a news corpus.

A city's name that is also a common Arabic word (مشهد "scene", الخمس "five") shows up here with a
high count; add it to STOP in build_places.py. Run by hand:
    .venv/bin/python tools/kb/check_common.py ../shared/corpus/ant-2018-03 [min_count]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from marsad.kb.model import read_entries
from marsad.normalize import normalize
from marsad.resources import data_path


def main() -> int:
    folder, min_count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5
    counts: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if path.is_file():
            counts.update(re.findall(r"[\u0621-\u064a]+", normalize(path.read_text("utf-8", "replace"))))
    for e in read_entries(data_path("kb/places.tsv")):
        if "countries.json" in e.source or "hand" in e.source:
            continue
        for name in e.names():
            key = normalize(name)
            if " " not in key and counts[key] >= min_count:
                print(f"{counts[key]:6d}  {key}  {e.name_en} ({e.country})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
