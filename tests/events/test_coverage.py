"""Trigger coverage by CAMEO category (issue 4): one short sentence per row family, with
hand-built entities, and sentences where the new rows must stay silent."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_lexicon
from marsad.events.stage import extract_events
from marsad.records import Article, Event
from tests.events.fake_entities import Row, tag

LEX = load_lexicon()
TABLE: dict[str, Row] = {
    "بريطانيا": ("GPE", "United Kingdom", "GBR", None),
    "روسيا": ("GPE", "Russia", "RUS", None),
    "الروس": ("GPE", "Russia", "RUS", None),
    "الولايات المتحدة": ("GPE", "United States", "USA", None),
    "إيران": ("GPE", "Iran", "IRN", None),
    "سوريا": ("GPE", "Syria", "SYR", None),
    "مصر": ("GPE", "Egypt", "EGY", None),
    "تركيا": ("GPE", "Turkey", "TUR", None),
    "الحوثيين": ("ORG", "Houthis", "YEM", None),
    "كندا": ("GPE", "Canada", "CAN", None),
    "الأمريكية": ("GPE", "United States", "USA", None),
}


def keys(text: str) -> set[tuple[str, str, str | None, str | None]]:
    art = Article(id="t", source="t", text=text, published="2018-03-10", entities=tag(text, TABLE))
    events: list[Event] = extract_events(art, LEX)
    return {
        (e.type, e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حذرت بريطانيا روسيا من رد قوي.", ("THREATEN", "130", "GBR", "RUS")),
        ("لوحت الولايات المتحدة باستخدام القوة ضد إيران.", ("THREATEN", "130", "USA", "IRN")),
        ("انسحبت القوات الأمريكية من سوريا.", ("RETREAT", "087", "USA", "SYR")),
        ("جمدت كندا أصول روسيا في بنوكها.", ("SANCTION", "160", "CAN", "RUS")),
        ("شجبت مصر الهجوم على تركيا.", ("ACCUSE", "111", "EGY", "*")),
        ("عارضت روسيا القرار الذي قدمته بريطانيا.", ("REJECT", "120", "RUS", "*")),
        ("وقالت إن الحوثيين المدعومين من إيران هاجموا المدينة.", ("AID", "070", "IRN", "YEM")),
        ("ووجهت بريطانيا اتهامات إلى روسيا.", ("ACCUSE", "112", "GBR", "RUS")),
        ("فتحت تركيا تحقيقا في الحادث.", ("ACCUSE", "090", "TUR", None)),
    ],
)
def test_category_rows(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    found = keys(text)  # "*": the target is not what the row is about
    assert any(k[:3] == expected[:3] and expected[3] in ("*", k[3]) for k in found), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("ويشير التقرير إلى أمر صادر عن محكمة في روسيا.", "COERCE"),  # صادر "issued", not "confiscated"
        ("وحذرت إيران من خطورة الوضع.", "THREATEN"),  # no one warned: "two" rows need both sides
        ("وقال إن الحادث وقع عبر الحدود بين تركيا وسوريا.", "ACCUSE"),  # عبر "through", not عبّر عن
        ("ووصفت تركيا عارضة الأزياء بأنها موهوبة.", "REJECT"),  # عارضة "model", not عارض "opposed"
        ("وهدد ترامب بالانسحاب من الاتفاق مع إيران.", "RETREAT"),  # leaving a deal is no military retreat
    ],
)
def test_rows_stay_silent(text: str, absent: str) -> None:
    found = keys(text)
    assert not {k for k in found if k[0] == absent}, found
