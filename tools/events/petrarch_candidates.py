"""List the Arabic verb lemmas of UniversalPetrarch with the CAMEO codes their patterns give.

Run by hand:  .venv/bin/python tools/events/petrarch_candidates.py [CAMEO-prefix ...]
Source: ../shared/resources/petrarch-arabic/CAMEO.ar.0.5.txt (openeventdata/UniversalPetrarch,
branch arabic; MIT). The patterns are lemmatized (underscores, '+' for particles) and partly
machine-translated, so they are a reading list for curating data/events/triggers.tsv by hand,
not something the coder loads: each output line is lemma, synonyms, codes (most frequent first).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "shared" / "resources" / "petrarch-arabic" / "CAMEO.ar.0.5.txt"
HEAD = re.compile(r"^---\s*(\S.*?)\s*\[(.*?)\]\s*---")
CODE = re.compile(r"\[(\d{3,4})\]")


def blocks(text: str) -> list[tuple[str, list[str], Counter[str]]]:
    out: list[tuple[str, list[str], Counter[str]]] = []
    in_verbs = False
    for line in text.splitlines():
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        m = HEAD.match(line)
        if m:
            codes: Counter[str] = Counter()
            if m.group(2).isdigit():
                codes[m.group(2)] += 1
            out.append((m.group(1), [], codes))
        elif out and line.startswith("-"):
            c = CODE.search(line)
            if c:
                out[-1][2][c.group(1)] += 1
        elif out and line.strip() and not line.startswith("#"):
            out[-1][1].append(line.split("#")[0].strip())
    return out


def main(argv: list[str]) -> int:
    prefixes = tuple(argv) or ("",)
    for lemma, syns, codes in blocks(SRC.read_text(encoding="utf-8")):
        top = [c for c, _ in codes.most_common() if c.startswith(prefixes)]
        if top:
            print(f"{lemma}\t{','.join(s for s in syns if s)}\t{' '.join(top[:6])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
