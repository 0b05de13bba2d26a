"""Entity boundaries and implicit countries (issue #3): seats, construct heads, home country."""

from __future__ import annotations

import pytest

from marsad.entities.context import home_country
from marsad.entities.stage import EntityStage
from marsad.pipeline import Resources
from marsad.records import Article, Entity


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage(Resources(), crf=False)


@pytest.fixture(scope="module")
def full() -> EntityStage:
    return EntityStage(Resources())


def run(stage: EntityStage, text: str) -> list[Entity]:
    return list(stage(Article(id="t", source="t", text=text, published="2018-05-16")).entities)


def texts(ents: list[Entity], typ: str) -> set[str]:
    return {e.text for e in ents if e.type == typ}


def test_a_court_keeps_its_seat() -> None:
    ents = run(EntityStage(Resources(), crf=False), "أصدرت محكمة الاستئناف بالرباط حكمها")
    assert "محكمة الاستئناف بالرباط" in texts(ents, "ORG")
    assert "Rabat" in {e.name_en for e in ents if e.type == "GPE"}


def test_a_unique_body_ends_before_its_seat(stage: EntityStage) -> None:
    ents = run(stage, "أودعت الوثائق بمقر المجلس الأعلى للحسابات بالرباط أمس")
    assert "المجلس الأعلى للحسابات" in texts(ents, "ORG")
    assert "Rabat" in {e.name_en for e in ents if e.type == "GPE"}


def test_a_branch_of_a_body_is_read_from_the_inner_head(stage: EntityStage) -> None:
    ents = run(stage, "أن يتصلوا بمندوبية المديرية العامة للمصالح الاجتماعية قبل الموعد")
    assert texts(ents, "ORG") == {"المديرية العامة للمصالح الاجتماعية"}


def test_one_indefinite_noun_after_a_construct_head(stage: EntityStage) -> None:
    ents = run(stage, "قالت وزارة إصلاح الإدارة والوظيفة العمومية إن")
    assert "وزارة إصلاح الإدارة والوظيفة العمومية" in texts(ents, "ORG")
    assert not texts(run(stage, "تعمل شركة كبيرة في المدينة"), "ORG")


def test_home_country_is_the_only_one_named_or_the_dominant_one() -> None:
    assert home_country([("GPE", "MAR")]) == "MAR"
    assert home_country([("GPE", "MAR"), ("GPE", "FRA")]) is None
    assert home_country([("GPE", "MAR"), ("GPE", "FRA"), ("ORG", "MAR")]) == "MAR"
    assert home_country([("GPE", "MAR"), ("GPE", "MAR"), ("GPE", "FRA")]) == "MAR"
    assert home_country([("ORG", "ITA"), ("GPE", None)]) == "ITA"
    assert home_country([("GPE", "ITA"), ("ORG", "FRA")]) == "ITA"
    assert home_country([]) is None


def test_a_body_takes_the_only_country_named(stage: EntityStage) -> None:
    ents = run(stage, "قال مصدر في الرباط إن مجلس النواب سيجتمع")
    assert "House of Representatives (Morocco)" in {e.name_en for e in ents}


def test_a_participle_spelled_with_alif_maqsura_is_not_a_demonym(stage: EntityStage) -> None:
    ents = run(stage, "بعد الاقتراع التشريعي المجرى يوم 7 أكتوبر في الرباط")
    assert "Hungary" not in {e.name_en for e in ents}
    assert "Hungary" in {e.name_en for e in run(stage, "قال الرئيس المجري في بودابست")}


@pytest.mark.parametrize(
    ("text", "typ", "span"),
    [
        ("وصلت الطائرة إلى مطار محمد الخامس أمس", "FAC", "مطار محمد الخامس"),
        ("وراء المطار الدولي محمد الخامس بالدار البيضاء", "FAC", "المطار الدولي محمد الخامس"),
        ("تبث إذاعة محمد السادس للقرآن الكريم برامجها", "ORG", "إذاعة محمد السادس للقرآن الكريم"),
        ("أن يتصلوا بمندوبية مؤسسة الحسن الثاني للأعمال الاجتماعية", "ORG", "مؤسسة الحسن الثاني للأعمال الاجتماعية"),
    ],
)
def test_an_institution_named_after_a_person_is_not_the_person(
    full: EntityStage, text: str, typ: str, span: str
) -> None:
    ents = run(full, text)
    assert span in texts(ents, typ), ents
    assert not texts(ents, "PERSON")


def test_the_person_alone_stays_a_person(stage: EntityStage) -> None:
    ents = run(stage, "استقبل الملك محمد السادس الوفد")
    assert "Mohammed VI" in {e.name_en for e in ents if e.type == "PERSON"}


@pytest.mark.parametrize(
    "name",
    ["عزيزة نايت سي", "عبد الرحمن عبد الناصر المتولي", "سعيد أيت باحسين"],
)
def test_long_names_after_a_title_are_read_whole(stage: EntityStage, name: str) -> None:
    ents = run(stage, f"قالت الإعلامية المغربية {name} إن البرنامج ناجح")
    assert name in texts(ents, "PERSON")


def test_a_title_with_no_country_introduces_a_given_name_only(stage: EntityStage) -> None:
    ents = run(stage, "وسجل اللاعب محمد أوناجم هدفا")
    assert "محمد أوناجم" in texts(ents, "PERSON")
    assert not texts(run(stage, "يذكر وزير الداخلية وكلاء لوائح الترشيح"), "PERSON")


def test_a_moroccan_province_is_named_after_its_seat(stage: EntityStage) -> None:
    ents = run(stage, "وقعت الحادثة بإقليم الحسيمة أمس، وقال مصدر من الحسيمة")
    got = {(e.text, e.name_en) for e in ents if e.type == "GPE"}
    assert ("إقليم الحسيمة", "Al Hoceima Province") in got
    assert ("الحسيمة", "Al Hoceima") in got


def test_an_airport_named_by_a_known_city(stage: EntityStage) -> None:
    ents = run(stage, "عند وصوله إلى مطار لندن بعد تسليمه")
    assert {(e.type, e.name_en) for e in ents} >= {("FAC", "London Airport")}
    assert not any(e.name_en for e in run(stage, "عبر المسافرون مطار لندن-الجديد أمس") if e.type == "FAC")


def test_a_known_facility_is_not_overridden_by_the_shape(stage: EntityStage) -> None:
    ents = run(stage, "سجلت حركة نقل المسافرين بمطار محمد الخامس نموا كبيرا")
    assert not any(e.type == "FAC" and e.text.endswith("نموا") for e in ents)


@pytest.mark.parametrize(
    ("text", "mali"),
    [
        ("قدمت الحكومة دعم مالي كبير للبلديات.", False),
        ("تعاني الشركة من عجز مالي.", False),
        ("وصل الرئيس إلى مالي أمس.", True),
        ("قتل جنود في شمال مالي.", True),
        ("زار الوزير مالي الأسبوع الماضي.", True),
    ],
)
def test_mali_and_the_adjective_mali(stage: EntityStage, text: str, mali: bool) -> None:
    names = [e.name_en for e in run(stage, text)]
    assert ("Mali" in names) is mali, names
