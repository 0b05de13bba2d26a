"""Duplicate detection on re-furnished corpus articles: recall per edit level and
false links among the originals.

Usage: .venv/bin/python tools/stories/dup_eval.py [N]
Takes N ant-2018-03 articles, indexes them, then indexes copies with new
headers and footers, a new headline, and edits of growing strength (a
paragraph dropped, every k-th word replaced, sentences reordered). Reports the
share of copies linked to their original, and how many links were made
between different originals (false positives, or real wire duplicates).
"""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

from marsad.records import Article
from marsad.stories import index
from marsad.stories.corpus import read_folder, text_id
from marsad.stories.schema import create_schema, write_article

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ant-2018-03"
FILLERS = ["وأوضح", "مضيفا", "كذلك", "بحسب", "الجمعة", "المصادر", "مشيرا", "أيضا"]


def refurnish(art: Article, level: int, rng: random.Random) -> Article:
    paras = [p for p in art.text.split("\n") if p.strip()]
    if level >= 1 and len(paras) > 3:
        paras.pop(rng.randrange(1, len(paras) - 1))
    if level >= 3 and len(paras) > 2:
        paras[0], paras[1] = paras[1], paras[0]
    text = "\n".join(paras)
    if level >= 2:
        step = {2: 25, 3: 12, 4: 8}[level]
        words = text.split(" ")
        text = " ".join(rng.choice(FILLERS) if i % step == step - 1 else w for i, w in enumerate(words))
    text = f"خاص - وكالة الأنباء | {rng.randint(1, 999)}\n{text}\nتابعونا على تويتر. جميع الحقوق محفوظة"
    return Article(
        id=text_id(text),
        source=f"{art.source}#copy{level}",
        text=text,
        title=f"عاجل: {art.title}",
        published=art.published,
        outlets=("Copy Wire",),
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(7)
    originals = [a for a in read_folder(CORPUS) if len(a.text) > 300]
    originals = rng.sample(originals, min(n, len(originals)))
    for level in range(5):
        conn = sqlite3.connect(":memory:")
        create_schema(conn)
        for a in originals:
            write_article(conn, a)
        index.update(conn, originals)
        base_links = conn.execute("SELECT count(*) FROM duplicates").fetchone()[0]
        copies = [refurnish(a, level, rng) for a in originals]
        index.update(conn, copies)
        links = set(conn.execute("SELECT article_id, duplicate_of FROM duplicates").fetchall())
        found = sum((c.id, o.id) in links for o, c in zip(originals, copies, strict=True))
        wrong = sum(1 for x, y in links if x in {c.id for c in copies}) - found
        print(
            f"level {level}: copies linked to their original {found}/{len(copies)} ({found / len(copies):.1%}),"
            f" copy->other links {wrong}, links among originals {base_links}"
        )


if __name__ == "__main__":
    main()
