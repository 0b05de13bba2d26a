"""Attacks and protests told as background, hypothesis or figure of speech are no factual events
(rules read from the even rows of the Arabic event GSR; invented sentences here)."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_lexicon
from marsad.events.stage import extract_events
from marsad.records import Article, Event
from tests.events.fake_entities import SEED_TABLE, tag

LEX = load_lexicon()


def run(text: str) -> list[Event]:
    art = Article(id="t", source="t", text=text, published="2024-03-14", entities=tag(text, SEED_TABLE))
    return extract_events(art, LEX)


def factual(text: str, plover: str = "ASSAULT") -> list[Event]:
    return [e for e in run(text) if e.type == plover and not e.negated and e.mode is None]


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة مفخخة قرب السوق وقتل خمسة أشخاص.",
        "هاجم مسلحون نقطة تفتيش في المدينة.",
        "قتل ثلاثة جنود في هجوم انتحاري استهدف قافلة.",
    ],
)
def test_told_attacks_stay(text: str) -> None:
    assert factual(text)


@pytest.mark.parametrize(
    "text",
    [
        "وصل الوزير إلى العاصمة بعد الهجوم الذي شنه مسلحون على الثكنة.",  # relative clause on the attack told before
        "تحدث المقال عن الزعيم الذي قتل العام الماضي.",  # a past fact about a person
        "وقتل عشرات الصحافيين منذ بداية الحرب.",  # a count since a date
        "ندد البيان بجرائم قتل المدنيين.",  # a verbal noun spelled like the verb
        "تلاحق الشرطة عصابة مسؤولة عن عمليات اختطاف وقتل في المنطقة.",
        "حذر القائد من عواقب أي هجوم على البلاد.",  # hypothetical
        "تتخذ الشرطة تدابير مشددة تخوفا من وقوع هجمات.",
    ],
)
def test_background_and_hypothetical_attacks_are_not_factual(text: str) -> None:
    assert not factual(text)


def test_relative_adjective_is_no_event() -> None:
    assert not factual("أدلى الوزير بتصريحات هجومية ضد الشرطة.")
    assert not factual("حذر من خطة تفجيرية يعد لها.")


def test_dawn_is_not_a_bombing() -> None:
    assert not factual("عمل الفريق حتى الثالثة فجرا.")


def test_verbal_attack_is_criticism() -> None:
    events = run("شن وزير الخارجية الروسي هجوما لاذعا على واشنطن.")
    assert not [e for e in events if e.type == "ASSAULT"]
    assert any(e.cameo == "111" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "شارك آلاف العمال في الإضراب عن العمل أمس.",  # joining a protest named with ال tells it
        "انطلقت مسيرة حاشدة في وسط المدينة.",
        "شكل مئات من المتظاهرين سلسلة بشرية قرب المطار.",
        "نظم الطلاب مسيرة احتجاجية أمام الجامعة.",
    ],
)
def test_protests_told(text: str) -> None:
    assert factual(text, "PROTEST")


def test_generic_protest_noun_and_career_are_no_protest() -> None:
    assert not factual("تحدث عن الإضراب في كتابه.", "PROTEST")
    assert not factual("بدأ اللاعب مسيرته المهنية في النادي.", "PROTEST")


def test_attack_dated_by_another_year_is_background() -> None:
    assert not factual("وقتل أخوها بالرصاص في 1996.")  # the article is of 2024
    assert factual("وقتل خمسة أشخاص في انفجار سيارة مفخخة في شباط 2024.")


def test_joining_attacks_is_no_told_attack() -> None:
    assert not factual("واعترف بأنه شارك في الهجمات الإرهابية.")


@pytest.mark.parametrize(
    "text",
    [
        "فتح مسلحون النار على حافلة في المدينة.",
        "شاهد مسلحين يطلقون النار على الطائرات.",
        "فجر انتحاري حافلة تابعة للشرطة أمس.",
        "وكان انتحاريان قد فجرا نفسيهما أمام مصنع.",
        "خطف الموظف من منزله على أيدي عشرة مسلحين.",
        "شهد الشهر الحالي اغتيال عميد الكلية.",
        "تعرضت القوات لإطلاق نار من مسلحين.",
    ],
)
def test_attack_wordings(text: str) -> None:
    assert factual(text)


def test_ceasefire_is_no_shooting() -> None:
    assert not factual("أعلنت موسكو وقف إطلاق النار.")


def test_turning_into_protests_tells_them() -> None:
    assert factual("تحول الغضب في الشارع إلى تظاهرات عنيفة.", "PROTEST")
    assert not factual("دعا الحزب إلى تظاهرات في العاصمة.", "PROTEST")
