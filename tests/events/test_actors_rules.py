"""Actor rules added for issue 4: collective actors, agent demonyms, passive تعرض, pronoun and carried
subjects, and which events are coded at all (hand-built entities; the entity stage is not needed)."""

from __future__ import annotations

from marsad.events.actors import collective_form
from marsad.events.lexicon import load_lexicon
from marsad.events.stage import extract_events
from marsad.records import Article, Event
from tests.events.fake_entities import SEED_TABLE, Row, tag

LEX = load_lexicon()
TABLE: dict[str, Row] = {
    **{k: v for k, v in SEED_TABLE.items() if k not in ("الغربية", "الغرب")},  # collectives.tsv does it
    "روسية": ("GPE", "Russia", "RUS", None),
    "سورية": ("GPE", "Syria", "SYR", None),
    "أمريكية": ("GPE", "United States", "USA", None),
    "دونالد ترامب": ("PERSON", "Donald Trump", "USA", "President"),
    "كوريا الشمالية": ("GPE", "North Korea", "PRK", None),
    "محمد بن سلمان": ("PERSON", "Mohammed bin Salman", "SAU", "Crown Prince"),
    "لندن": ("GPE", "London", "GBR", None),
    "تيريزا ماي": ("PERSON", "Theresa May", "GBR", "Prime Minister"),
}


def keys(text: str) -> set[tuple[str, str | None, str | None]]:
    art = Article(id="t", source="t", text=text, published="2018-03-01", entities=tag(text, TABLE))
    events: list[Event] = extract_events(art, LEX)
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_collective_forms_take_clitics() -> None:
    assert collective_form("وللغرب", LEX) == "الغرب"
    assert collective_form("بالغرب", LEX) == "الغرب"
    assert collective_form("الغربيه", LEX) == "الغربيه"
    assert collective_form("غربي", LEX) is None


def test_the_west_as_accused() -> None:
    assert ("ACCUSE", "RUS", "WST") in keys("اتهم لافروف الغرب بعرقلة الاتفاق في موسكو.") | keys(
        "اتهمت روسيا الغرب بعرقلة الاتفاق."
    )


def test_western_forces_are_the_west_but_western_sanctions_are_no_actor() -> None:
    assert ("ACCUSE", "RUS", "WST") in keys("اتهمت روسيا القوات الغربية بمنع الصفقة.")
    assert not any(t == "WST" for _, _, t in keys("انتقدت روسيا العقوبات الغربية."))


def test_demonyms_on_an_attack_noun_name_its_agents() -> None:
    got = keys("قتل 15 مدنيا بغارات جوية روسية وسورية على مدن الغوطة.")
    assert {("ASSAULT", "RUS", None), ("ASSAULT", "SYR", None)} <= got
    assert not any(t in ("RUS", "SYR") for _, _, t in got)


def test_undergoer_of_sanctions_is_the_target() -> None:
    assert keys("وتعرضت موسكو لعقوبات أمريكية جديدة.") == {("COERCE", "USA", "RUS")}


def test_pronoun_subject_after_inna() -> None:
    assert ("CONSULT", "USA", "PRK") in keys("وقال دونالد ترامب إنه سيقابل زعيم كوريا الشمالية.")


def test_subject_carried_over_haythu() -> None:
    assert ("CONSULT", "SAU", "GBR") in keys("حل الأمير محمد بن سلمان في لندن، حيث التقى رئيسة الوزراء تيريزا ماي.")


def test_no_event_without_a_source_country_or_with_a_one_sided_meeting() -> None:
    assert keys("ودعا الوزراء الدول الأعضاء إلى تقديم الدعم.") == set()
    assert keys("وعقدت جلسة مباحثات مع الوفد.") == set()


def test_claim_without_a_target_is_no_accusation() -> None:
    assert not any(t == "ACCUSE" for t, _, _ in keys("وقال لافروف إن روسيا ادعت أن الجانبين قد وافقوا."))


def test_partner_of_the_frame_preposition_may_be_nameless() -> None:
    assert keys("عقدت تركيا اجتماعا مع القادرين على الضغط على روسيا.") == set()
    assert ("CONSULT", "TUR", "RUS") in keys("عقدت تركيا اجتماعا مع روسيا.")
