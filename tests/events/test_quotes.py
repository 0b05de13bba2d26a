"""Quotes: direct and reported speech, speakers, continuation and institutions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.events.lexicon import load_lexicon
from marsad.events.quotes import QuoteStage, extract_quotes, quote_spans
from marsad.pipeline import Resources
from marsad.records import Article, Quote
from tests.events.fake_entities import SEED_TABLE, tag

LEX = load_lexicon()


def run(text: str) -> list[Quote]:
    return extract_quotes(Article(id="q", source="q", text=text, entities=tag(text, SEED_TABLE)), LEX)


def speakers(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker.name_en if q.speaker else None for q in quotes]


def test_direct_quote_after_speech_verb() -> None:
    [q] = run("وقال لافروف: “كنا على وشك اتفاق خلال محادثات اسطنبول” ، مدعيا أن الغرب منع الصفقة.")[:1]
    assert q.direct and q.text == "كنا على وشك اتفاق خلال محادثات اسطنبول"
    assert q.speaker and q.speaker.name_en == "Sergey Lavrov"


def test_reported_speech_and_continuation() -> None:
    text = (
        "وقال وزير الدفاع الأوكراني رستم عمروف إن الاجتماع ناقش قضايا وقف إطلاق النار.\n"
        "وأضاف أنهم توصلوا إلى اتفاق مع روسيا بشأن تبادل الأسرى."
    )
    quotes = run(text)
    assert [q.direct for q in quotes] == [False, False]
    assert speakers(quotes) == ["Rustem Umerov", "Rustem Umerov"]
    assert quotes[0].text.startswith("الاجتماع ناقش")
    assert text[quotes[1].start : quotes[1].end] == quotes[1].text


def test_title_refers_back_to_the_named_person() -> None:
    text = (
        "وقال وزير الدفاع الأوكراني رستم عمروف إن الاجتماع انتهى.\n"
        "وأضاف وزير الدفاع الأوكراني أن الوفدين سيلتقيان مجددا."
    )
    assert speakers(run(text)) == ["Rustem Umerov", "Rustem Umerov"]


def test_quote_before_its_verb() -> None:
    text = "“نحن على استعداد لاستضافة هذه المحادثات كما فعلنا من قبل” ، أضاف فيدان."
    assert speakers(run(text)) == ["Hakan Fidan"]


def test_institution_speaks() -> None:
    text = "وأوضحت وزارة الخارجية الروسية في بيان، الأربعاء، أن الجانبين بحثا الأزمة الأوكرانية."
    [q] = run(text)
    assert q.speaker and q.speaker.name_en == "Ministry of Foreign Affairs of Russia"


def test_short_quoted_names_are_not_quotes() -> None:
    assert run('وأضاف فيدان في تدوينة عبر منصة "إكس" أن البلدين اتفقا على تبادل الأسرى.')[0].text.startswith("البلدين")


@given(st.text(alphabet='ab «»“”"', max_size=40))
def test_quote_spans_are_inside_the_text(text: str) -> None:
    for s, e in quote_spans(text, 0, len(text)):
        assert 0 < s <= e < len(text)
        assert text[s - 1] in '«“"' and text[e] in '»”"'


def test_stage_contract() -> None:
    stage = QuoteStage(Resources())
    assert stage.name == "quotes/v1"
    out = stage(Article(id="q", source="q", text="قال مسؤول إن المحادثات ستستأنف غدا في جنيف."))
    assert [q.text for q in out.quotes] == ["المحادثات ستستأنف غدا في جنيف"]
