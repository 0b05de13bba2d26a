"""The done-when of the foundation on the seed pages."""

from pathlib import Path

import pytest

from marsad.ingest import read_pages
from marsad.pipeline import Pipeline
from marsad.records import Article

FURNITURE = ("إقرأ المزيد", "إقرأ أيضاً", "اقرأ أيضا", "شاركها", "كلمات دلالية", "تاريخ النشر", "المصدر:")


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    from tests.conftest import shared_path

    folder = shared_path("corpus", "seeds")
    return list(Pipeline(stages=()).run(read_pages([folder])))


def test_page_000_gives_two_records(seed_articles: list[Article]) -> None:
    first, second = [a for a in seed_articles if Path(a.source).name.startswith("000")]
    assert (first.part, second.part) == (0, 1)
    assert first.title == "روسيا وتركيا تبحثان آفاق التسوية السياسية والدبلوماسية للأزمة الأوكرانية"
    assert first.published == "2024-03-14"
    assert first.outlets == ("TASS", "RT Arabic")
    assert "رجب طيب أردوغان" in first.tags
    assert "الأزمة الأوكرانية" in first.tags
    assert "وزارة الخارجية الروسية" in first.tags
    assert "في أوكرانيا" in first.tags  # written with Persian letters on the page
    assert len(first.tags) == 13
    assert second.title == "انتهاء المباحثات الروسية الأوكرانية في إسطنبول.. هذه نتائجها"
    assert set(second.outlets) == {"Anadolu Agency", "Reuters"}  # "حسب وكالة الأناضول", "حسب رويترز"
    assert second.text.startswith("توصلت أوكرانيا وروسيا")


def test_glued_read_more_is_cut_from_the_next_word(seed_articles: list[Article]) -> None:
    first = seed_articles[0]
    assert "\nوأوضحت وزارة الخارجية الروسية" in first.text
    assert "\nولفت الوفد الروسي" in first.text


def test_page_001_gives_one_record(seed_articles: list[Article]) -> None:
    records = [a for a in seed_articles if Path(a.source).name.startswith("001")]
    assert len(records) == 1
    assert records[0].text.startswith("أنقرة – خلال زيارته إلى تركيا")
    assert records[0].text.rstrip().endswith("مشاورات أكثر شمولاً”.")


def test_no_furniture_left(seed_articles: list[Article]) -> None:
    assert len(seed_articles) == 3
    for article in seed_articles:
        for word in FURNITURE:
            assert word not in article.text, (article.source, word)
        assert "ی" not in article.text and "ک" not in article.text


def test_ids_are_stable_and_distinct(seed_articles: list[Article]) -> None:
    again = list(Pipeline(stages=()).run(read_pages([Path(seed_articles[0].source).parent])))
    assert [a.id for a in again] == [a.id for a in seed_articles]
    assert len({a.id for a in seed_articles}) == 3
