"""Build src/marsad/data/kb/common_words.txt: frequent words of Arabic news that are not names.

A title pattern ("وزير الدفاع X Y") reads X Y as a person only if neither word is a
common word; a misspelled place is never a common word. Source: word counts over
../shared/corpus/ant-2018-03 (Apache-2.0 corpus; only counts, no text, are kept),
minus every word of a knowledge-base name and the given names in given_names.txt.

    .venv/bin/python tools/kb/build_common.py [min_count]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from marsad.kb.model import bundled_kb
from marsad.normalize import normalize
from marsad.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "ant-2018-03"


def main() -> int:
    min_count = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    counts: Counter[str] = Counter()
    for path in CORPUS.rglob("*"):
        if path.is_file():
            counts.update(re.findall(r"[\u0621-\u064a]+", normalize(path.read_text("utf-8", "replace"))))
    names = {w for key in bundled_kb().by_name for w in key}
    given = data_path("kb/given_names.txt").read_text(encoding="utf-8")
    names |= {normalize(w) for line in given.splitlines() if not line.startswith("#") for w in line.split()}
    words = sorted(w for w, c in counts.items() if c >= min_count and w not in names and len(w) > 1)
    out = data_path("kb/common_words.txt")
    out.write_text(
        "# Frequent non-name words of Arabic news (normalized), built by tools/kb/build_common.py from\n"
        f"# word counts (>= {min_count}) over ant-2018-03; knowledge-base name words and given names\n"
        "# removed.\n"
        + "\n".join(words)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(words)} words -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
