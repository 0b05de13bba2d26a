from marsad.api import extract_text
from marsad.clean.furniture import clean_page
from marsad.clean.page import article_id
from marsad.clean.tags import split_tags
from marsad.pipeline import Pipeline

BODY = ("وقال المتحدث إن المحادثات ستستمر الأسبوع المقبل في العاصمة بعد جولة أولى وصفها بالإيجابية، "
        "مشيرا إلى أن الوفدين سيتبادلان المقترحات كتابيا قبل اللقاء المقبل.")


def _one(text: str, **kw: object):  # type: ignore[no-untyped-def]
    return extract_text(text, pipeline=Pipeline(stages=()), **kw)  # type: ignore[arg-type]


def test_outlet_name_on_first_line_is_credited_and_removed() -> None:
    [a] = _one("AHDATH.INFO\n" + BODY)
    assert a.outlets == ("Ahdath.info",)
    assert a.text == BODY


def test_read_also_with_a_linked_headline_is_dropped() -> None:
    [a] = _one(BODY + "\nاقرأ أيضا: عنوان خبر آخر\n" + BODY)
    assert "عنوان خبر آخر" not in a.text
    assert a.text.count("وقال المتحدث") == 2


def test_read_also_followed_by_a_headline_alone_is_not_an_article() -> None:
    [a] = _one(BODY + "\nإقرأ أيضاً:\nعنوان قصير\n")
    assert a.part == 0


def test_tags_and_source_lines_are_read() -> None:
    [a] = _one(BODY + "\nالمصدر: وكالة الأناضول\nكلمات دلالية: غزة، القدس، الأمم المتحدة")
    assert a.outlets == ("Anadolu Agency",)
    assert a.tags == ("غزة", "القدس", "الأمم المتحدة")
    assert a.text == BODY


def test_caller_defaults_fill_what_the_page_lacks_only() -> None:
    [a] = _one(BODY, published="2025-02-24", outlets=["Reuters"])
    assert (a.published, a.outlets) == ("2025-02-24", ("Reuters",))
    [b] = _one("تاريخ النشر: 19 أغسطس 2025\n" + BODY + "\nالمصدر: تاس", published="2025-02-24",
               outlets=["Reuters"])
    assert (b.published, b.outlets) == ("2025-08-19", ("TASS",))


def test_title_is_a_short_first_line_without_a_stop() -> None:
    [a] = _one("عنوان الخبر هنا\n" + BODY)
    assert a.title == "عنوان الخبر هنا"
    assert a.text == BODY
    [b] = _one(BODY + "\n" + BODY)
    assert b.title is None


def test_glued_marker_in_the_middle() -> None:
    parts = clean_page("جملة أولى.\nإقرأ المزيدوأوضحت الوزارة أن")
    assert parts[0].lines == ["جملة أولى.", "وأوضحت الوزارة أن"]


def test_tag_lines_with_explicit_separators_and_persian_letters() -> None:
    assert split_tags("روسیا | أوکرانیا") == ["روسيا", "أوكرانيا"]


def test_article_id_ignores_letter_forms_and_spacing() -> None:
    assert article_id("أنقرة  وموسكو") == article_id("انقره وموسكو")
    assert article_id("أنقرة") != article_id("موسكو")


def test_bylines_and_datelines_at_the_top_are_furniture() -> None:
    [a] = _one("AHDATH.INFO\nو م ع\n" + BODY)
    assert a.outlets == ("Ahdath.info", "Maghreb Arabe Presse") and a.title is None and a.text == BODY
    [b] = _one("AHDATH.INFO\nالرباط\nخاص\nفطومة نعيمي\n" + BODY)
    assert b.title == "الرباط" or b.title is None
    assert b.text == BODY
    [c] = _one("AHDATH.INFO\n- سكينة بنزين\n" + BODY)
    assert c.text == BODY and c.title is None


def test_a_paragraph_broken_across_lines_is_not_a_title() -> None:
    [a] = _one("هذا الموعد لم يعد قابلا لإخلاف، ومنذ\n" + BODY)
    assert a.title is None
