"""Write a large JSON-lines archive from the corpus, for scale tests.

The corpus articles (seeds, ahdath, ant-2018-03) are repeated with small
edits so every copy gets a different id (the id hashes the text): a dateline
city, a swapped pair of paragraphs, a shifted publication date and an agency
tag that names the copy. Nothing is written inside the repository; the
corpus stays in ../shared.

    python tools/scale/gen_archive.py --count 200000 -o /tmp/archive.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.ingest import read_pages  # noqa: E402

CITIES = ("الرباط", "القاهرة", "بيروت", "عمان", "تونس", "الجزائر", "الدوحة", "دبي", "بغداد", "الرياض")
AGENCIES = ("وكالات", "رويترز", "أ ف ب", "الأناضول", "د ب أ")


def base_records(corpus: Path) -> list[dict[str, object]]:
    folders = [corpus / name for name in ("seeds", "ahdath", "ant-2018-03") if (corpus / name).is_dir()]
    out = []
    for page in read_pages([str(f) for f in folders]):
        out.append({"text": page.body, "title": page.title, "published": page.published,
                    "outlets": list(page.outlets), "url": page.url})
    return out


def variant(rec: dict[str, object], k: int) -> dict[str, object]:
    text = str(rec["text"])
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) > 3 and k % 3 == 1:  # swap two middle paragraphs
        i = 1 + k % (len(paras) - 2)
        j = min(i + 1, len(paras) - 1)
        paras[i], paras[j] = paras[j], paras[i]
    if paras:
        paras[0] = f"{CITIES[k % len(CITIES)]} - " + paras[0]
    paras.append(f"({AGENCIES[k % len(AGENCIES)]} {k})")
    out = dict(rec, text="\n".join(paras), id=f"gen-{k}")
    published = rec.get("published")
    if isinstance(published, str) and len(published) >= 10:
        day = dt.date.fromisoformat(published[:10]) + dt.timedelta(days=k % 30)
        out["published"] = day.isoformat()
    if rec.get("url"):
        out["url"] = f"{rec['url']}?v={k}"
    return {key: v for key, v in out.items() if v not in (None, [], "")}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args(argv)
    records = base_records(Path(args.corpus))
    with open(args.output, "w", encoding="utf-8") as fh:
        for k in range(args.count):
            fh.write(json.dumps(variant(records[k % len(records)], k), ensure_ascii=False) + "\n")
    print(f"{args.count} records from {len(records)} corpus pages -> {args.output}")


if __name__ == "__main__":
    main()
