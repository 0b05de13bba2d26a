"""Score the time stage on heideltime-ar (``shared/corpus/heideltime-ar/*.tml``).

The files are TimeML: the article text inside ``<TimeML>`` with gold
``<TIMEX3 type=… value=…>`` tags around the expressions (no nesting). The
text the stage sees is the content with the tags removed (XML entities
unescaped, the leading byte-order mark dropped); gold spans are offsets into it.

Document creation time. The files carry no DCT tag (no ``<DCT>``, no
``functionInDocument="CREATION_TIME"``). The gold values of deictic
expressions give it: ``اليوم`` is 2015-12-24 in every document that has one
(12 of 50), ``أمس``/``الأمس`` 2015-12-23, ``غدا``/``الغد`` 2015-12-25, and past
weekdays agree (``الاحد`` -> 2015-12-20, ``الخميس الماضي`` -> 2015-12-17). So
the annotators resolved every document against 2015-12-24, a Thursday, even
where the text says another day (``اليوم الاحد`` -> 2015-12-24).
:func:`infer_dct` reads the anchor from those gold values per document and
falls back to 2015-12-24.

Scores: span F1 relaxed (overlap) and strict (same offsets), and value
accuracy on overlap-matched expressions (exact string; gold values with a
time part such as ``2015-12-20TNI`` count as wrong for a date).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from marsad.normalize import normalize
from marsad.time.evaluate import Scores, score_document
from marsad.time.stage import find_times

DEFAULT_DCT = "2015-12-24"
_TAG = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>|<[^>]+>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DEICTIC = {"اليوم": 0, "امس": -1, "الامس": -1, "غدا": 1, "الغد": 1}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TmlDoc:
    name: str
    text: str
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> TmlDoc:
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TimeML[^>]*>(.*)</TimeML>", raw, re.S)
    body = m.group(1) if m else raw
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    pos = 0
    length = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        if tag.group(1) is not None:
            attrs = dict(_ATTR.findall(tag.group(1)))
            inner = html.unescape(tag.group(2))
            timexes.append(GoldTimex(length, length + len(inner), inner, attrs.get("type", "DATE"),
                                     attrs.get("value", "")))
            parts.append(inner)
            length += len(inner)
        pos = tag.end()
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    lead = len(text) - len(text.lstrip("\ufeff\n "))
    text = text[lead:]
    shifted = tuple(GoldTimex(t.start - lead, t.end - lead, t.text, t.type, t.value) for t in timexes)
    return TmlDoc(path.stem, text, shifted)


def infer_dct(doc: TmlDoc) -> str:
    """The anchor implied by the gold values of اليوم / أمس / غدا, else 2015-12-24."""
    for t in doc.timexes:
        offset = _DEICTIC.get(normalize(t.text).strip())
        if offset is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            return (dt.date.fromisoformat(t.value) - dt.timedelta(days=offset)).isoformat()
    return DEFAULT_DCT


def evaluate(folder: Path) -> Scores:
    scores = Scores()
    for path in sorted(folder.glob("*.tml"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
        doc = read_tml(path)
        gold = [((t.start, t.end), t.value, t.text) for t in doc.timexes]
        score_document(scores, gold, find_times(doc.text, infer_dct(doc)), doc=doc.name)
    return scores


if __name__ == "__main__":  # python -m marsad.time.heideltime ../shared/corpus/heideltime-ar
    import sys

    result = evaluate(Path(sys.argv[1]))
    print(result.summary())
    if "--errors" in sys.argv:
        for miss in result.misses:
            print(miss)
