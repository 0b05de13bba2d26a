"""General rules of the entity stage: clubs and outlets named after places, coordinated
places, titles with no country in an article about one country, press cues before names,
surname mentions of a person found in the article (rules alone, no CRF)."""

from __future__ import annotations

import pytest

from marsad.entities.stage import EntityStage
from marsad.pipeline import Resources
from marsad.records import Article, Entity


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage(Resources(), crf=False)


def run(stage: EntityStage, text: str) -> list[Entity]:
    return list(stage(Article(id="t", source="t", text=text, published="2024-03-14")).entities)


def spans(ents: list[Entity]) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in ents}


def test_team_and_outlet_heads_make_a_place_an_org(stage: EntityStage) -> None:
    ents = run(stage, 'فاز فريق ليون على نادي مرسيليا، ونقلت صحيفة "بابل" الخبر عن قناة دبي.')
    assert {("ORG", "ليون"), ("ORG", "مرسيليا"), ("ORG", "بابل"), ("ORG", "دبي")} <= spans(ents)
    babel = next(e for e in ents if e.text == "بابل")
    assert babel.kb_id is None and babel.country is None  # no paper of the place


def test_club_words_around_a_place(stage: EntityStage) -> None:
    ents = run(stage, "تعادل أولمبيك خريبكة مع دينامو كييف في كييف.")
    assert {("ORG", "أولمبيك خريبكة"), ("ORG", "دينامو كييف"), ("GPE", "كييف")} <= spans(ents)


def test_linked_club_mention_leaves_the_head_out(stage: EntityStage) -> None:
    ents = run(stage, "فاز فريق برشلونة على ريال مدريد.")
    barca = next(e for e in ents if e.name_en == "FC Barcelona")
    assert barca.text == "برشلونة"
    assert ("ORG", "ريال مدريد") in spans(ents)


def test_coordinated_places_split_but_known_pairs_stay(stage: EntityStage) -> None:
    ents = run(stage, "امتد القصف إلى سوريا والعراق بعد زيارة البوسنة والهرسك.")
    assert {("GPE", "سوريا"), ("GPE", "العراق"), ("GPE", "البوسنة والهرسك")} <= spans(ents)


def test_title_with_no_country_takes_the_home_country(stage: EntityStage) -> None:
    text = "أعلنت السلطات المغربية عن إجراءات في المغرب. وقال وزير الصحة حسن بنعمرو إن الوضع مستقر في المغرب."
    person = next(e for e in run(stage, text) if e.type == "PERSON")
    assert (person.text, person.country, person.role) == ("حسن بنعمرو", "MAR", "Minister of Health")


def test_home_country_needs_a_name_not_an_object(stage: EntityStage) -> None:
    text = "في المغرب، يذكر وزير الداخلية وكلاء لوائح الترشيح بالآجال. وتجري الانتخابات في المغرب."
    assert not [e for e in run(stage, text) if e.type == "PERSON"]


def test_no_home_country_when_the_article_names_several(stage: EntityStage) -> None:
    text = "زار وفد من فرنسا المغرب وتونس. وقال وزير الصحة حسن بنعمرو إن الزيارة ناجحة."
    person = [e for e in run(stage, text) if e.type == "PERSON"]
    assert not person or person[0].country is None


def test_member_of_an_organization_after_a_title(stage: EntityStage) -> None:
    ents = run(stage, "وقال القيادي في حماس خليل الحية إن الوفد وصل.")
    person = next(e for e in ents if e.type == "PERSON")
    assert (person.text, person.country) == ("خليل الحية", "PSE")


def test_press_cues_and_surnames(stage: EntityStage) -> None:
    ents = run(stage, "قال المدعو زكرياء بوكرين إن اللاعب يوسف النصيري غاب. وأضاف بوكرين أن النصيري سيعود.")
    persons = {e.text for e in ents if e.type == "PERSON"}
    assert {"زكرياء بوكرين", "يوسف النصيري", "بوكرين", "النصيري"} <= persons


def test_a_shared_surname_is_not_read_alone(stage: EntityStage) -> None:
    ents = run(stage, "قال اللاعب يوسف العلوي إن اللاعب أحمد العلوي غاب. وأضاف العلوي أنه سيعود.")
    assert "العلوي" not in {e.text for e in ents if e.type == "PERSON"}


def test_head_of_state_titles_do_not_take_the_home_country(stage: EntityStage) -> None:
    text = "في فلسطين أشاد الفلسطينيون بدور الملك محمد االسادس في القدس وفي فلسطين."
    assert all(e.country != "PSE" for e in run(stage, text) if e.type == "PERSON")


def test_name_cue_reads_a_common_word_after_the_first(stage: EntityStage) -> None:
    ents = run(stage, "ترأس اللقاء رجل اسمه أنس مبروك هو مدير المركز.")
    assert ("PERSON", "أنس مبروك") in spans(ents)


def test_name_before_a_relative_clause(stage: EntityStage) -> None:
    ents = run(stage, "وكانت فاطمة العلوي، التي مثلت الفيلم، حاضرة. وتحدثت الشركة الأمريكية، التي تأسست عام 1990.")
    persons = {e.text for e in ents if e.type == "PERSON"}
    assert persons == {"فاطمة العلوي"}


def test_a_third_word_before_a_relative_clause_needs_a_given_name(stage: EntityStage) -> None:
    ents = run(stage, 'عرض مسرحي من تأليف محمد بوبو، الذي يتوخى التعريف بالقانون.')
    assert "تأليف محمد بوبو" not in {e.text for e in ents}


def test_division_heads_stay_out_of_a_linked_place_but_moroccan_provinces_keep_theirs(stage: EntityStage) -> None:
    ents = run(stage, "وصل الوفد إلى دولة الكويت ثم إلى محافظة صعدة، وزار إقليم الحسيمة.")
    got = {(e.text, e.name_en) for e in ents}
    assert {("الكويت", "Kuwait"), ("صعدة", "Saada Governorate")} <= got
    assert any(e.text == "إقليم الحسيمة" and e.name_en == "Al Hoceima Province" for e in ents)


def test_unknown_places_after_settlement_heads(stage: EntityStage) -> None:
    text = "احترقت السيارة في منطقة بوجيبار، وخرج سكان دوار \"تورضوين\" إلى منطقة حدودية ومنطقة جبلية."
    places = {e.text for e in run(stage, text) if e.type == "GPE"}
    assert places == {"بوجيبار", "تورضوين"}


def test_a_name_goes_on_after_a_particle_but_not_into_a_place(stage: EntityStage) -> None:
    ents = run(stage, "واتهم الشيخ سلطان بن سحيم الدوحة بدعم الإرهاب.")
    assert {("PERSON", "سلطان بن سحيم"), ("GPE", "الدوحة")} <= spans(ents)
