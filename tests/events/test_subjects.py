"""Actors of international organizations, affiliated bodies, definite titles and unnamed subjects
(invented sentences, hand-built entities)."""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from marsad.events.stage import extract_events
from marsad.records import Article, Event
from tests.events.fake_entities import SEED_TABLE, Row, tag

LEX = load_lexicon()
TABLE: dict[str, Row] = {
    **SEED_TABLE,
    "الأمم المتحدة": ("ORG", "United Nations", None, None),
    "الاتحاد الأوروبي": ("ORG", "European Union", None, None),
    "مجلس حقوق الإنسان": ("ORG", "UN Human Rights Council", None, None),
    "إيران": ("GPE", "Iran", "IRN", None),
    "طهران": ("GPE", "Iran", "IRN", None),
    "الفلسطينيين": ("GPE", "Palestine", "PSE", None),
    "غزة": ("GPE", "Gaza", "PSE", None),
    "الأمريكية": ("GPE", "United States", "USA", None),
    "بوتين": ("PERSON", "Vladimir Putin", "RUS", "President of Russia"),
    "أثينا": ("GPE", "Athens", "GRC", None),
}


def run(text: str) -> list[Event]:
    art = Article(id="t", source="t", text=text, published="2024-03-14", entities=tag(text, TABLE))
    return extract_events(art, LEX)


def keys(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_international_organizations_have_codes() -> None:
    assert ("COERCE", "EU", "RUS") in keys(run("فرض الاتحاد الأوروبي عقوبات على روسيا."))
    assert keys(run("دعت الأمم المتحدة إيران إلى الإفراج عن المعتقلين.")) == {("REQUEST", "UN", "IRN")}


def test_affiliated_body_is_no_target() -> None:
    text = "أوصى مجلس حقوق الإنسان، التابع للأمم المتحدة إيران بضمان إجراء تحقيقات شفافة."
    assert keys(run(text)) == {("REQUEST", "UN", "IRN")}


def test_definite_title_takes_no_country_name_as_genitive() -> None:
    # "المجلس" is the subject, طهران the object: not one actor "the council of Tehran"
    assert not [e for e in run("وحث المجلس طهران على إبلاغ أسر الموقوفين.") if e.source and e.source.country == "IRN"]


def test_unnamed_crowd_is_the_subject() -> None:
    assert keys(run("تظاهر مئات الأشخاص في أثينا احتجاجا على سياسة الاتحاد الأوروبي.")) == {("PROTEST", None, "EU")}
    assert keys(run("تظاهر آلاف الفلسطينيين في غزة.")) == {("PROTEST", "PSE", None)}


def test_unnamed_subject_with_a_demonym() -> None:
    assert keys(run("ودعت اللجنة اليهودية الأمريكية بوتين إلى توضيح تصريحاته.")) == {("REQUEST", "USA", "RUS")}


def test_pronoun_quantifier_subject_names_no_one() -> None:
    assert not run("ودعا بعضهم الرئيس الروسي بوتين إلى الاعتذار.")


def test_count_after_a_transitive_verb_is_the_object() -> None:
    events = run("قالت روسيا إنها قتلت 47 مسلحا.")
    assert {e.source.country for e in events if e.type == "ASSAULT" and e.source} <= {"RUS"}


def test_pair_word_and_title_keep_their_rules() -> None:
    text = "اجتمع ميخائيل غالوزين مع بوراك أكجابار. واتفق الجانبان على مواصلة الحوار."
    assert ("AGREE", "RUS", "TUR") in keys(run(text))


def test_call_named_before_its_participants_gives_one_event_per_pair() -> None:
    text = "في مكالمة هاتفية، أكد ميخائيل غالوزين وبوراك أكجابار وإيران أهمية الحوار."
    consult = {frozenset(k[1:]) for k in keys(run(text)) if k[0] == "CONSULT"}
    assert consult == {frozenset({"RUS", "TUR"}), frozenset({"RUS", "IRN"}), frozenset({"TUR", "IRN"})}


def test_entering_talks_is_a_negotiation() -> None:
    assert keys(run("ودخلت روسيا وتركيا في محادثات بشأن الحدود.")) == {("CONSULT", "RUS", "TUR")}


def test_dateline_outlet_is_no_subject() -> None:
    table = {**TABLE, "CNN": ("ORG", "CNN", "USA", None)}
    text = "(CNN)— التقى ميخائيل غالوزين مع بوراك أكجابار."
    art = Article(id="t", source="t", text=text, entities=tag(text, table))
    assert keys(extract_events(art, LEX)) == {("CONSULT", "RUS", "TUR")}


def test_definite_or_bare_participle_is_a_noun() -> None:
    assert not run("التقى أنصار الداعية في إسطنبول.")  # the preacher, not "calling for"
    assert not [e for e in run("رفضت روسيا مطالب تركيا.") if e.type == "REQUEST"]  # demands


def test_campaign_of_arrests_is_no_attack() -> None:
    assert not [e for e in run("شنت روسيا حملة اعتقالات في صفوف الصحافيين.") if e.type == "ASSAULT"]


def test_prepositional_phrase_after_a_verb_is_no_subject() -> None:
    events = run("وقتل عشرة مقاتلين موالين لروسيا في غزة.")
    assert not [e for e in events if e.source and e.source.country == "RUS"]


def test_name_before_an_attack_or_protest_noun_is_no_agent() -> None:
    events = run("أغلقت محطة في أثينا بسبب احتجاجات مماثلة.")
    assert [e.type for e in events] == ["PROTEST"] and events[0].source is None


def test_multiword_name_after_a_clitic_preposition_is_no_subject() -> None:
    table = {**TABLE, "حزب الله": ("ORG", "Hezbollah", "LBN", None)}
    text = "ترى إيران تعزز خطوط الإمداد وترسل الأسلحة لحزب الله."
    art = Article(id="t", source="t", text=text, entities=tag(text, table))
    assert not [e for e in extract_events(art, LEX) if e.source and e.source.country == "LBN"]


def test_country_name_and_organization_are_two_actors() -> None:
    table = {**TABLE, "وحدات حماية الشعب": ("ORG", "People's Defense Units", "SYR", None)}
    text = "وتدعم الولايات المتحدة وحدات حماية الشعب في سوريا."
    art = Article(id="t", source="t", text=text, entities=tag(text, table))
    assert keys(extract_events(art, LEX)) == {("SUPPORT", "USA", "SYR")}


def test_visit_noun_names_visitor_and_place() -> None:
    assert ("CONSULT", "RUS", "TUR") in keys(run("وصل ميخائيل غالوزين قبل يومين، في زيارة لم يعلن عنها إلى تركيا."))
    assert not [e for e in run("كانت في زيارة له من روسيا.") if e.target and e.target.country == "RUS"]


def test_country_after_a_visit_verb_is_the_place() -> None:
    assert not [e for e in run("ليزور روسيا بعدها.") if e.source and e.source.country == "RUS"]


def test_the_two_is_the_pair_told_before() -> None:
    text = "التقى ميخائيل غالوزين مع بوراك أكجابار. واتفق الاثنان على التزام إيران بالاتفاق."
    assert {k for k in keys(run(text)) if k[0] == "AGREE"} <= {("AGREE", "RUS", "TUR"), ("AGREE", "TUR", "RUS")}


def test_call_between_speaker_and_addressee() -> None:
    text = "قال ميخائيل غالوزين لنظيره التركي في اتصال هاتفي إن بلاده مستعدة للحوار."
    assert ("CONSULT", "RUS", "TUR") in keys(run(text))


def test_participle_after_a_reported_clause_keeps_the_speaker() -> None:
    text = "دعا ميخائيل غالوزين تركيا إلى الحوار. وأكد أن تسليح إيران غير مقبول، داعيا تركيا إلى الضغط."
    assert not [e for e in run(text) if e.source and e.source.country == "IRN"]


def test_topic_of_a_discussion_is_no_event() -> None:
    assert not [e for e in run("شارك ميخائيل غالوزين في مؤتمر لبحث دعم الجيش التركي.") if e.type == "AID"]


def test_name_after_a_preposition_word_is_no_subject() -> None:
    assert not [e for e in run("اتهم بالتجسس لصالح روسيا.") if e.source and e.source.country == "RUS"]


def test_bare_perfect_with_a_count_is_a_passive() -> None:
    [ev] = [e for e in run("وقتل أكثر من 40 جنديا روسيا في المعارك.") if e.type == "ASSAULT"]
    assert ev.source is None and ev.target is not None and ev.target.country == "RUS"
    [ev] = [e for e in run("قتلت روسيا 11 مسلحا.") if e.type == "ASSAULT"]
    assert ev.source is not None and ev.source.country == "RUS"


def test_source_of_information_is_no_actor() -> None:
    assert not [e for e in run("ووفق روسيا، تعرض 28 مرفقا للقصف.") if e.source and e.source.country == "RUS"]


def test_nearest_destination_is_the_place_visited() -> None:
    text = "ستنطلق زيارة ميخائيل غالوزين إلى تركيا من أسس وضعتها زيارة سابقة بشأن إيران."
    assert ("CONSULT", "RUS", "TUR") in keys(run(text))
    assert not [e for e in run(text) if e.target and e.target.country == "IRN"]


def test_signing_with_the_bare_verb() -> None:
    assert ("SUPPORT", "RUS", "TUR") in keys(run("وقع روسيا وتركيا اتفاقية للتعاون."))
