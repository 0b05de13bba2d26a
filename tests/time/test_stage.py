"""The times/v1 stage: detection, offsets and resolution against the publication date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.records import Article
from marsad.time.evaluate import corpus_article
from marsad.time.stage import TimeStage, find_times
from tests.conftest import shared_path


def values(text: str, published: str | None = "2024-03-14") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published)]


def test_stage_protocol() -> None:
    stage = TimeStage(None)
    assert stage.name == "times/v1"
    art = stage(Article(id="x", source="s", text="وصل الوفد الأربعاء.", published="2024-03-14"))
    assert [(t.text, t.value, t.type) for t in art.times] == [("الأربعاء", "2024-03-13", "DATE")]


def test_seed_000(seeds_dir: object) -> None:
    corpus = shared_path("corpus")
    part0 = corpus_article(corpus, "seeds/000_06ddb654909b3257.txt", 0)
    assert [v for t, v in values(part0) if t == "الأربعاء"] == ["2024-03-13", "2024-03-13"]
    part1 = corpus_article(corpus, "seeds/000_06ddb654909b3257.txt", 1)
    got = dict(values(part1))
    assert got["الجمعة"] == "2024-03-08"
    assert got["اليوم الجمعة"] == "2024-03-08"


def test_seed_001(seeds_dir: object) -> None:
    text = corpus_article(shared_path("corpus"), "seeds/001_1e98b3542325010d.txt", 0)
    got = values(text, "2025-02-24")
    assert ("18 فبراير", "2025-02-18") in got
    assert ("يوم الاثنين", "2025-02-24") in got
    assert ("الأسبوع الماضي", "2025-W08") in got


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("قال الخميس", "2024-03-14", [("الخميس", "2024-03-14")]),
        ("سيعقد الاجتماع الأحد", "2024-03-14", [("الأحد", "2024-03-17")]),
        ("يلتقيان الخميس المقبل", "2024-03-14", [("الخميس المقبل", "2024-03-21")]),
        ("التقى الأحد الماضي", "2024-03-17", [("الأحد الماضي", "2024-03-10")]),
        ("وصل أمس وسيغادر غدا", "2024-03-14", [("أمس", "2024-03-13"), ("غدا", "2024-03-15")]),
        ("بعد غد", "2024-03-14", [("بعد غد", "2024-03-16")]),
        ("العام الماضي والشهر المقبل", "2024-03-14", [("العام الماضي", "2023"), ("الشهر المقبل", "2024-04")]),
        ("في الأسبوع الماضي", "2024-03-14", [("الأسبوع الماضي", "2024-W10")]),
        ("للعام المقبل", "2024-12-30", [("للعام المقبل", "2025")]),
        ("أعلن مؤخرا", "2024-03-14", [("مؤخرا", "PAST_REF")]),
        ("في ديسمبر", "2024-03-14", [("ديسمبر", "2023-12")]),
        ("في 2 يوليوز", "2024-08-01", [("2 يوليوز", "2024-07-02")]),
        ("في تموز/يوليو الماضي", "2024-03-14", [("تموز/يوليو الماضي", "2023-07")]),
        ("في 3 غشت 2022", None, [("3 غشت 2022", "2022-08-03")]),
        ("جويلية 2021", None, [("جويلية 2021", "2021-07")]),
        ("عام 1999", None, [("عام 1999", "1999")]),
        ("الثلاثاء", None, [("الثلاثاء", None)]),
        ("لمدة ثلاثة أيام", None, [("ثلاثة أيام", "P3D")]),
        ("منذ 26 عاما", None, [("26 عاما", "P26Y")]),
        ("خلال العامين الماضيين", None, [("العامين الماضيين", "P2Y")]),
        ("قبل خمسة وتسعين عاما", "2015-12-24", [("قبل خمسة وتسعين عاما", "1920")]),
        ("في 5 رمضان 1445 هـ", None, [("5 رمضان 1445 هـ", "2024-03-15")]),
        ("الخميس ١٤ مارس ٢٠٢٤", None, [("الخميس ١٤ مارس ٢٠٢٤", "2024-03-14")]),
    ],
)
def test_resolution(text: str, published: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    "text",
    ["مارس الضغط على الحكومة", "زار أب الضحية المستشفى", "في نفس اليوم", "اتفق الاثنان بين الاثنين",
     "منذ أيام", "قبل عدة سنوات", "دفع 20000 دولار"],
)
def test_not_time(text: str) -> None:
    assert values(text) == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءً ٠١٢٣٤5 0123456789/-،.", max_size=80))
def test_offsets_point_at_text(text: str) -> None:
    for t in find_times(text, "2024-03-14"):
        assert text[t.start : t.end] == t.text
        assert t.start < t.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سيزور الرئيس موسكو الأربعاء", "2024-03-20"),  # future verb: next Wednesday
        ("قال إن السفينة ستصل الأحد", "2024-03-17"),
        ("من المقرر أن يعقد الاجتماع الأحد", "2024-03-17"),
        ("سيتم الاتفاق الخميس", "2024-03-14"),  # future on the publication day itself
        ("انفجرت سيارة مفخخة الأحد", "2024-03-10"),  # سيارة is no future verb
        ("التقى سيرغي لافروف الأحد", "2024-03-10"),
        ("لا سيما الأحد", "2024-03-10"),
        ("وقالت الوزارة الأحد إنها ستبدأ", "2024-03-10"),  # the cue comes after the weekday
        ("توقيف سفينة قبالة ساحل درنة الأحد", "2024-03-10"),
    ],
)
def test_weekday_future_rule(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]
