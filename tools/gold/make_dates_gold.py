"""Build tests/gold/dates.jsonl: publication dates for the seeds (read by hand) and for every
40th file of ant-2018-03, taken from its <TIME> field with the standard library's RFC 822
parser (independent of Marsad's own date reader). Run from the repository root."""

from __future__ import annotations

import email.utils
import json
import re
from pathlib import Path

CORPUS = Path("../shared/corpus")
rows = [
    {"source": "seeds/000_06ddb654909b3257.txt", "part": 0, "published": "2024-03-14"},
    # the "read also" article carries no date of its own on the page
    {"source": "seeds/000_06ddb654909b3257.txt", "part": 1, "published": None},
    {"source": "seeds/001_1e98b3542325010d.txt", "part": 0, "given_published": "2025-02-24",
     "published": "2025-02-24"},
]
for path in sorted((CORPUS / "ant-2018-03").iterdir())[::40]:
    text = path.read_text(encoding="utf-8")
    stamp = re.search(r"<TIME>(.*?)</TIME>", text, re.S)
    if stamp:
        when = email.utils.parsedate_to_datetime(stamp.group(1).strip())
        rows.append({"source": f"ant-2018-03/{path.name}", "part": 0, "published": when.date().isoformat()})
Path("tests/gold/dates.jsonl").write_text(
    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "rows")
