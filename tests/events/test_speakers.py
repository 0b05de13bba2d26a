"""Quote speakers: the head of the subject phrase, spokespeople, continuation, and which quotation
marks hold speech. Short invented sentences with a hand-built entity table (invented people)."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.lexicon import load_lexicon
from marsad.events.quotes import extract_quotes
from marsad.records import Article, Quote
from tests.events.fake_entities import Row, tag

LEX = load_lexicon()
TABLE: dict[str, Row] = {
    "كريم ناصر": ("PERSON", "Karim Nasser", "JOR", "Prime Minister"),
    "ناصر": ("PERSON", "Karim Nasser", "JOR", "Prime Minister"),
    "سامي حداد": ("PERSON", "Sami Haddad", "JOR", None),
    "ليلى عواد": ("PERSON", None, None, None),  # a person the knowledge base lacks
    "الأردني": ("GPE", "Jordan", "JOR", None),
    "الأردنية": ("GPE", "Jordan", "JOR", None),
    "وزارة الخارجية الأردنية": ("ORG", "Ministry of Foreign Affairs (Jordan)", "JOR", None),
    "وزارة الداخلية": ("ORG", "Ministry of the Interior (Jordan)", "JOR", None),
    "مجلس الأعيان": ("ORG", "Senate of Jordan", "JOR", None),
    "مكتب الرئيس الأردني": ("ORG", None, "JOR", None),
    "القاهرة": ("GPE", "Cairo", "EGY", None),
    "الأردن": ("GPE", "Jordan", "JOR", None),
    "تويتر": ("ORG", "Twitter", "USA", None),
    "الأهرام": ("ORG", "Al-Ahram", "EGY", None),
}


def run(text: str) -> list[Quote]:
    return extract_quotes(Article(id="s", source="s", text=text, entities=tag(text, TABLE)), LEX)


def names(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker.name_en if q.speaker else None for q in quotes]


def test_spokesperson_of_a_person_is_not_that_person() -> None:
    [q] = run("قال المتحدث باسم الرئيس الأردني كريم ناصر، الأحد، إن الحكومة ستعلن خطتها قريبا.")
    assert q.speaker is not None and q.speaker.name_en is None and q.speaker.country == "JOR"


def test_named_spokesperson_after_the_one_spoken_for() -> None:
    assert names(run("وقال المتحدث باسم ناصر، سامي حداد إن الزيارة كانت ناجحة.")) == ["Sami Haddad"]
    assert names(run("وقال الناطق باسم وزارة الداخلية اللواء سامي حداد إن التحقيق مستمر.")) == ["Sami Haddad"]


def test_spokesperson_unknown_to_the_knowledge_base_keeps_its_entity() -> None:
    text = "وقال المتحدث باسم ناصر، ليلى عواد، إن الزيارة كانت ناجحة."
    ents = tuple(dataclasses.replace(e, kb_id="L:awad") if e.text == "ليلى عواد" else e for e in tag(text, TABLE))
    [q] = extract_quotes(Article(id="s", source="s", text=text, entities=ents), LEX)
    assert q.speaker is not None and q.speaker.kb_id == "L:awad"
    named = tuple(dataclasses.replace(e, name_en="Layla Awad") if e.text == "ليلى عواد" else e for e in ents)
    [q] = extract_quotes(Article(id="s", source="s", text=text, entities=named), LEX)
    assert q.speaker is not None and q.speaker.name_en == "Layla Awad"


def test_unnamed_spokesperson_named_in_a_later_sentence() -> None:
    text = (
        "قال المتحدث باسم الرئيس الأردني كريم ناصر إن الخطة جاهزة للتنفيذ.\n"
        "وقال المتحدث سامي حداد إن الحكومة ستنشرها غدا."
    )
    assert names(run(text)) == ["Sami Haddad", "Sami Haddad"]


def test_name_after_a_title_complement() -> None:
    text = "أكد وزير الدولة الأردني للشؤون الخارجية سامي حداد، السبت، أن العلاقات مع الجيران جيدة."
    assert names(run(text)) == ["Sami Haddad"]


def test_office_of_a_person_speaks_not_the_person() -> None:
    [q] = run("وذكر مكتب الرئيس الأردني كريم ناصر أن البلدين اتفقا على التعاون.")
    assert q.speaker is not None and q.speaker.name_en != "Karim Nasser"


def test_head_of_a_body_is_an_unnamed_person() -> None:
    [q] = run("وقال رئيس مجلس الأعيان إن الجلسة ستعقد غدا.")
    assert q.speaker is not None and q.speaker.name_en is None


def test_subject_before_the_verb() -> None:
    assert names(run("وكان كريم ناصر قد قال إن الحكومة لن تستقيل.")) == ["Karim Nasser"]


def test_institution_and_unnamed_source() -> None:
    assert names(run("وقالت وزارة الخارجية الأردنية في بيان إن السفير استدعي.")) == [
        "Ministry of Foreign Affairs (Jordan)"
    ]
    assert names(run("وقال مصدر أمني إن الهجوم أسفر عن قتلى.")) == [None]


def test_continuation_keeps_the_speaker_across_paragraphs() -> None:
    text = (
        "قال كريم ناصر إن الحكومة مستعدة للحوار.\n"
        "وقال سامي حداد إن المعارضة ترفض العرض.\n"
        "وأضاف أن الانتخابات ستجرى في موعدها.\n"
        "وتابع: «نحن لن نتراجع عن هذه الخطة أبدا مهما حدث»."
    )
    assert names(run(text)) == ["Karim Nasser", "Sami Haddad", "Sami Haddad", "Sami Haddad"]


def test_quoted_phrase_stays_inside_reported_speech() -> None:
    [q] = run('أكد ناصر أن العلاقات "ليست في أحسن حالاتها" بسبب الخلافات.')
    assert not q.direct and q.text.endswith("بسبب الخلافات") and q.speaker and q.speaker.name_en == "Karim Nasser"


def test_quotation_over_several_sentences() -> None:
    [q] = run("وقال ناصر: «الخطة جاهزة. سننشرها غدا في الصحف الرسمية».")
    assert q.direct and q.text.startswith("الخطة جاهزة") and q.text.endswith("الرسمية")


def test_quotation_never_closed_runs_to_the_paragraph_end() -> None:
    text = 'وقال سامي حداد إن الزيارة ناجحة.\nوتابع قائلا: "الزيارة ستستمر ثلاثة أيام وسيكون هناك بعض اللقاءات'
    quotes = run(text)
    assert names(quotes) == ["Sami Haddad", "Sami Haddad"]
    assert quotes[1].text.endswith("بعض اللقاءات")


def test_statement_noun_names_the_speaker_and_a_citation_does_not() -> None:
    text = 'وحمّل كريم ناصر في بيان "الحكومة السابقة مسؤولية الأزمة الاقتصادية الحالية"، حسبما ذكرت وكالة الأنباء.'
    assert names(run(text)) == ["Karim Nasser"]


def test_names_and_slogans_in_quotation_marks_are_not_speech() -> None:
    assert run('وعقد المؤتمر تحت شعار "معا من أجل مستقبل أفضل لكل الأجيال القادمة" في عمان.') == []
    assert run('وقصفت المدفعية مواقع في المدينة، وفق ما ذكر مراسل "قناة الغد الإخبارية" في المدينة.') == []


def test_report_inside_a_report() -> None:
    quotes = run("أعلن مسؤول أردني أن كريم ناصر قال إنه سيزور القاهرة الشهر المقبل.")
    assert names(quotes) == [None, "Karim Nasser"]
    assert quotes[1].text.startswith("سيزور")


def test_preposition_phrase_is_not_reported_speech() -> None:
    assert run("ولفت ناصر إلى وجود خلافات، الأولى تتمثل بأن الحكومة لم تنفذ وعودها.") == []


SENTENCES = [
    "قال كريم ناصر إن الحكومة مستعدة للحوار.",
    "وأضاف أن الانتخابات ستجرى في موعدها.",
    'وقال المتحدث باسم ناصر، سامي حداد: "الزيارة كانت ناجحة جدا بكل المقاييس".',
    "وقالت وزارة الخارجية الأردنية في بيان إن السفير استدعي.",
    "وعقد المؤتمر في عمان.",
    "«نحن لن نتراجع عن هذه الخطة أبدا مهما حدث»، أضاف حداد.",
    'وتابع قائلا: "الزيارة ستستمر',
]
SPEAKERS = {None, "Karim Nasser", "Sami Haddad", "Ministry of Foreign Affairs (Jordan)"}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.sampled_from([" ", "\n"]))
def test_quotes_lie_in_the_text_in_order(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    quotes = run(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end].strip() == q.text
        assert (q.speaker.name_en if q.speaker else None) in SPEAKERS
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_unnamed_subjects_do_not_take_the_last_speaker() -> None:
    text = "قال كريم ناصر إن الحكومة مستعدة للحوار.\nوقالت أسرته إن الوضع صعب.\nوقال الهلال الأحمر إن القافلة وصلت."
    assert names(run(text)) == ["Karim Nasser", None, None]
    text = "قال كريم ناصر إن الحكومة مستعدة للحوار.\nوقال الأربعاء إن الانتخابات قريبة.\nوقال أيضا إن الحوار مستمر."
    assert names(run(text)) == ["Karim Nasser"] * 3


def test_quoted_from_someone_who_is_no_entity() -> None:
    [q] = run("ونقلت وزارة الخارجية الأردنية عن مسؤول أمني قوله إن الحدود مغلقة.")
    assert q.speaker is None or q.speaker.name_en is None  # an unnamed official, not the ministry
    [q] = run("ونقلت وزارة الخارجية الأردنية عن الهلال الأحمر قوله إن القافلة وصلت.")
    assert q.speaker is None


def test_seat_of_a_body_is_not_its_subject() -> None:
    [q] = run("وقال المرصد، ومقره الأردن، إن القصف استمر طوال الليل.")
    assert q.speaker is None or q.speaker.name_en is None


def test_participle_keeps_the_main_verb_subject() -> None:
    text = "قال كريم ناصر، عبر حسابه على تويتر، إن الحكومة مستعدة للحوار، مشيرا إلى أن سامي حداد سيقود الوفد."
    assert names(run(text)) == ["Karim Nasser", "Karim Nasser"]
    text = 'ورد ناصر: "ماذا يعني هذا الكلام بالنسبة إلينا جميعا؟" مضيفا "نحن لن نقبل بهذه الشروط أبدا".'
    assert names(run(text)) == ["Karim Nasser", "Karim Nasser"]


def test_no_subject_before_the_verb_across_punctuation() -> None:
    text = (
        "قال سامي حداد إن الاجتماع انتهى.\n"
        'جاء ذلك في تغريدة على صفحته، تويتر، حيث قال: "نحن على استعداد للحوار مع الجميع".'
    )
    assert names(run(text)) == ["Sami Haddad", "Sami Haddad"]


def test_channel_name_after_a_clitic_is_not_a_quote() -> None:
    quotes = run('وقال سامي حداد، مراسل الإذاعة لشبكة "ان بي سي نيوز"، إن الصحفيين يحتمون في الغرفة.')
    assert [q.text for q in quotes if q.direct] == []


def test_entity_inside_the_phrase_of_an_unknown_subject() -> None:
    [q] = run("وقالت هالة حسن وزيرة التعليم في حكومة كريم ناصر إن المدارس ستفتح.")
    assert q.speaker is None or q.speaker.name_en is None  # never the premier named inside the phrase


def test_quoted_name_of_the_subject() -> None:
    [q] = run('قالت "منصة المواطنة الأردنية" (وهي منظمة مستقلة) إن البلاد شهدت عشرات الحوادث.')
    assert not q.direct and q.text.startswith("البلاد")
    assert run('وفازت الطالبة في مسابقة "تحدي القراءة العربي" هذا العام.') == []


def test_subject_between_kana_and_the_verb() -> None:
    text = "قال كريم ناصر إن الحكومة مستعدة.\nوكانت وزارة الخارجية الأردنية قد أكدت الأحد في بيان أن السفير استدعي."
    assert names(run(text)) == ["Karim Nasser", "Ministry of Foreign Affairs (Jordan)"]


def test_an_unnamed_speaker_is_continued_not_the_one_before() -> None:
    text = (
        "قال كريم ناصر إن الحكومة مستعدة للحوار.\n"
        'وقال الطبيب المساعد "لدينا الكثير من الأطفال الذين كانوا ضحية هذا الحصار".\n'
        'وأضاف "نحن ننتظر المساعدات للحفاظ على أرواح المدنيين".'
    )
    assert names(run(text)) == ["Karim Nasser", None, None]


def test_qaila_after_a_quotation_is_the_sentence_subject() -> None:
    text = 'وشجب كريم ناصر الاتفاقية باعتبارها "أسوأ صفقة على الإطلاق"، قائلا إن الأردن لم يستفد منها.'
    assert names(run(text)) == ["Karim Nasser", "Karim Nasser"]


def test_more_speech_verbs() -> None:
    text = (
        'وغرد كريم ناصر: "الحكومة ماضية في الإصلاح مهما كانت الصعوبات".\n'
        "وأردف أن الانتخابات ستجرى في موعدها.\n"
        "وتساءل سامي حداد عما إذا كانت الحكومة ستفي بوعودها، وأقر بأن الوضع صعب."
    )
    assert names(run(text)) == ["Karim Nasser", "Karim Nasser", "Sami Haddad"]


def test_unknown_head_noun_before_a_body_is_an_unnamed_person() -> None:
    [q] = run("وقالت عضوة مجلس الأعيان إن القانون سيعدل.")
    assert q.speaker is not None and q.speaker.name_en is None and q.speaker.country == "JOR"
    assert names(run("وقالت صحيفة الأهرام إن الوفد وصل.")) == ["Al-Ahram"]


def test_continuation_with_a_noun_subject_that_is_no_entity() -> None:
    text = "قال كريم ناصر إن الحكومة مستعدة للحوار.\nوأضاف البيان أن المفاوضات ستبدأ غدا."
    assert names(run(text)) == ["Karim Nasser", None]


def test_reported_speech_inside_a_direct_quote_is_not_a_quote() -> None:
    quotes = run('وقال ناصر: "لا يجوز أن تقول الحكومة إن القضية أغلقت وانتهى الأمر".')
    assert [q.direct for q in quotes] == [True]


def test_speech_after_a_colon_without_quotation_marks() -> None:
    [q] = run("وقال كريم ناصر بعد اللقاء: عرضنا في الزيارة الأوضاع والتطورات في المنطقة.")
    assert q.text == "عرضنا في الزيارة الأوضاع والتطورات في المنطقة" and names([q]) == ["Karim Nasser"]
    assert [q.text for q in run('وقال ناصر: "الخطة جاهزة للتنفيذ منذ أمس".')] == ["الخطة جاهزة للتنفيذ منذ أمس"]


def test_relayed_source_speaks() -> None:
    [q] = run("ذكرت صحيفة الأهرام نقلا عن وزارة الخارجية الأردنية، الاثنين، أن السفير غادر.")
    assert names([q]) == ["Ministry of Foreign Affairs (Jordan)"]
    [q] = run("ذكرت صحيفة الأهرام نقلا عن مصادر مطلعة أن السفير غادر.")
    assert q.speaker is None


def test_name_before_the_spokesperson_title() -> None:
    assert names(run("وقال سامي حداد المتحدث باسم وزارة الداخلية إن التحقيق مستمر.")) == ["Sami Haddad"]
    assert names(run("وقال سامي حداد، المتحدث باسم الحكومة، إن التحقيق مستمر.")) == ["Sami Haddad"]
