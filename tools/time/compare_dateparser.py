"""Compare the time stage with dateparser's search_dates on heideltime-ar and the time gold.

dateparser is not a dependency: `pip install dateparser` to run this. search_dates returns
(substring, datetime) pairs; a datetime is turned into a date value "YYYY-MM-DD", or into the
year/month when the substring is only a year or a month (so "2015" -> "2015", not 2015-12-24).

Usage: python tools/time/compare_dateparser.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from marsad.records import TimeExpr
from marsad.time.evaluate import Scores, corpus_article, locate, read_gold, score_document
from marsad.time.heideltime import infer_dct, read_tml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def dateparser_times(text: str, published: str | None) -> list[TimeExpr]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(published) if published else dt.datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = search_dates(text, languages=["ar"], settings=settings) or []  # type: ignore[arg-type]
    out, pos = [], 0
    for sub, when in found:
        start = text.find(sub, pos)
        if start < 0:
            continue
        pos = start + len(sub)
        value = when.date().isoformat()
        if re.fullmatch(r"\s*\d{4}\s*", sub):
            value = value[:4]
        out.append(TimeExpr(sub, start, start + len(sub), value))
    return out


def on_heideltime() -> Scores:
    s = Scores()
    for path in sorted((CORPUS / "heideltime-ar").glob("*.tml")):
        doc = read_tml(path)
        gold = [((t.start, t.end), t.value, t.text) for t in doc.timexes]
        score_document(s, gold, dateparser_times(doc.text, infer_dct(doc)), doc=doc.name)
    return s


def on_gold() -> Scores:
    s = Scores()
    for obj in read_gold(ROOT / "tests" / "gold" / "times.jsonl"):
        text = corpus_article(CORPUS, obj["source"], obj.get("part", 0))
        spans = locate(text, [t["text"] for t in obj["times"]])
        gold = [(sp, t["value"], t["text"]) for sp, t in zip(spans, obj["times"], strict=True) if sp]
        score_document(s, gold, dateparser_times(text, obj["published"]))
    return s


if __name__ == "__main__":
    try:
        import dateparser  # noqa: F401
    except ImportError:
        sys.exit("dateparser is not installed")
    print("heideltime-ar", on_heideltime().summary())
    print("tests/gold/times.jsonl", on_gold().summary())
