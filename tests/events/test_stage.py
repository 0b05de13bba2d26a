"""The event coder on short texts with hand-built entities (the entity stage is not needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.events.lexicon import load_lexicon
from marsad.events.stage import EventStage, extract_events
from marsad.pipeline import Resources
from marsad.records import Article, Event, TimeExpr
from tests.events.fake_entities import SEED_TABLE, tag

LEX = load_lexicon()


def run(text: str, published: str | None = "2024-03-14", times: tuple[TimeExpr, ...] = ()) -> list[Event]:
    art = Article(id="t", source="t", text=text, published=published, entities=tag(text, SEED_TABLE), times=times)
    return extract_events(art, LEX)


def keys(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_meeting_with_persons_location_and_default_date() -> None:
    text = "بحث نائب وزير الخارجية الروسي ميخائيل غالوزين مع نظيره التركي بوراك أكجابار الأزمة خلال زيارته لأنقرة."
    events = run(text)
    [ev] = [e for e in events if e.cameo == "040"]
    assert keys(events) == {("CONSULT", "RUS", "TUR")}  # the visit to Ankara is a second, 042, telling
    assert (ev.type, ev.cameo) == ("CONSULT", "040")
    assert ev.source and (ev.source.name_en, ev.source.country, ev.source.sector) == (
        "Mikhail Galuzin",
        "RUS",
        "GOV",
    )
    assert ev.target and (ev.target.name_en, ev.target.country) == ("Burak Akçapar", "TUR")
    assert ev.location and ev.location.name_en == "Ankara"
    assert ev.date == "2024-03-14"  # no time expression in the sentence: the published date
    assert ev.trigger == "بحث" and text[ev.start : ev.end] == ev.sentence


def test_date_from_a_time_expression_of_the_sentence() -> None:
    text = "التقى لافروف بالرئيس التركي رجب طيب أردوغان في 18 فبراير."
    start = text.index("18 فبراير")
    [ev] = run(text, "2025-02-24", (TimeExpr("18 فبراير", start, start + 9, "2025-02-18"),))
    assert ev.date == "2025-02-18"
    assert keys([ev]) == {("CONSULT", "RUS", "TUR")}


def test_phone_call_of_several_leaders_is_one_event_per_pair() -> None:
    text = (
        "أعلنت الرئاسة الأوكرانية إجراء زيلينسكي ونظيره الفرنسي إيمانويل ماكرون والمستشار الألماني فريدريش "
        "ميرتس مكالمة هاتفية مع الرئيس الأمريكي دونالد ترامب."
    )
    events = run(text)
    assert {e.cameo for e in events} == {"041"}
    assert len(keys(events)) == 6  # four participants, every pair once


def test_prisoner_exchange_quantity_per_side() -> None:
    text = "توصلت أوكرانيا وروسيا إلى اتفاق بشأن تبادل ألف أسير مقابل ألف أسير في إسطنبول."
    [ev] = run(text)
    assert keys([ev]) == {("AGREE", "UKR", "RUS")}
    assert ev.quantity == 1000
    assert ev.location and ev.location.name_en == "Istanbul"


def test_negation_and_intent_are_modes_not_facts() -> None:
    [neg] = run("لم يلتق لافروف بالرئيس التركي رجب طيب أردوغان.")
    assert neg.negated
    events = run("وأعرب أردوغان عن استعداد بلاده لاستضافة المفاوضات بين الجانبين الروسي والأوكراني.")
    assert events and all(e.mode == "intend" for e in events)
    assert ("CONSULT", "RUS", "UKR") in keys(events)


def test_one_meeting_told_twice_is_one_event() -> None:
    text = (
        "بحث سيرجي لافروف مع هاكان فيدان الأزمة في أنقرة.\n"
        "وأوضحت وزارة الخارجية الروسية في بيان أن الجانبين بحثا الأزمة الأوكرانية."
    )
    events = [e for e in run(text) if e.type == "CONSULT"]
    assert len(events) == 1


def test_pair_words_take_the_last_pair() -> None:
    text = "بحث غالوزين مع أكجابار الأزمة.\nواتفق الجانبان على مواصلة الاتصالات."
    text = text.replace("غالوزين", "ميخائيل غالوزين").replace("أكجابار", "بوراك أكجابار")
    assert ("AGREE", "RUS", "TUR") in keys(run(text))


def test_protest_and_attack_without_named_actors() -> None:
    assert {e.type for e in run("تظاهر آلاف المحتجين أمام البرلمان أمس.")} == {"PROTEST"}
    assert {e.type for e in run("انفجرت سيارة مفخخة قرب سوق شعبية.")} == {"ASSAULT"}
    assert run("بحث الوزير ملفات عدة.") == []


def test_accusation_with_that_clause() -> None:
    text = "وقال لافروف إن الجانبين اقتربا من اتفاق، مدعيا أن القوات الغربية منعت صفقة محتملة."
    assert ("ACCUSE", "RUS", "WST") in keys(run(text))


def test_stage_contract() -> None:
    stage = EventStage(Resources())
    assert stage.name == "events/v1"
    art = Article(id="t", source="t", text="قصف الجيش الإسرائيلي مواقع في غزة.", published="2018-03-15")
    out = stage(art)
    assert out.events and out.events[0].type == "ASSAULT" and out.text == art.text


SNIPPETS = [
    "بحث سيرجي لافروف مع هاكان فيدان الأزمة في أنقرة.",
    "وأعرب أردوغان عن استعداد بلاده لاستضافة المفاوضات.",
    "تظاهر آلاف المحتجين أمام البرلمان.",
    "ولم يتطرق المتحدث إلى تفاصيل المكالمة.",
    "قصف الجيش الإسرائيلي مواقع في غزة.",
    "اتفق الجانبان على تبادل ألف أسير مقابل ألف أسير.",
]


@given(st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=6))
def test_events_point_into_their_text(parts: list[str]) -> None:
    text = "\n".join(parts)
    for ev in run(text):
        assert text[ev.start : ev.end] == ev.sentence
        assert LEX.plover[ev.cameo] == ev.type
        assert ev.trigger and ev.trigger in ev.sentence
        assert ev.quantity is None or ev.quantity > 0
