"""Coverage data of the knowledge base: administrative divisions and towns (admin.tsv), facilities
(facilities.tsv), national institutions, media, parties and clubs (orgs.tsv)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.stage import EntityStage
from marsad.kb.model import BUNDLED, KnowledgeBase, bundled_kb, name_key, read_entries
from marsad.records import Article
from marsad.resources import data_path

COVERAGE = ("kb/admin.tsv", "kb/facilities.tsv", "kb/orgs.tsv")
TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage(object(), crf=False)


def _links(stage: EntityStage, text: str) -> set[tuple[str, str | None]]:
    ents = stage(Article(id="t", source="t", text=text, published="2024-03-14")).entities
    return {(e.type, e.name_en) for e in ents}


def test_coverage_files_are_bundled() -> None:
    assert {"kb/admin.tsv", "kb/facilities.tsv"} <= set(BUNDLED)


@pytest.mark.parametrize("name", COVERAGE)
def test_rows_are_well_formed(name: str) -> None:
    entries = list(read_entries(data_path(name)))
    assert len(entries) > 100
    for e in entries:
        assert e.type in TYPES, e.id
        assert e.name_en and e.name_ar, e.id
        assert not e.country or re.fullmatch(r"[A-Z]{3}", e.country), e.id
        assert e.id.split(":")[0] in {"adm", "twn", "loc", "fac", "org"} or re.fullmatch(r"Q\d+", e.id), e.id


def test_ids_are_unique_across_bundled_files() -> None:
    ids = Counter(e.id for name in BUNDLED for e in read_entries(data_path(name)))
    assert [i for i, n in ids.items() if n > 1] == []


def test_no_name_is_given_twice_in_the_coverage_files() -> None:
    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    for name in ("kb/admin.tsv", "kb/facilities.tsv"):
        for e in read_entries(data_path(name)):
            for n in e.names():
                key = name_key(n)
                if owner.setdefault(key, e.id) != e.id:
                    clashes.append((n, owner[key], e.id))
    assert clashes == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("الطريق بين بومالن دادس وامسمرير بإقليم تنغير", ("GPE", "Tinghir Province")),
        ("الطريق بين بومالن دادس وامسمرير بإقليم تنغير", ("GPE", "Boumalne Dades")),
        ("عبر المسافرون مطار فاس-سايس أمس", ("FAC", "Fès–Saïss Airport")),
        ("وصل إلى مطار محمد الخامس الدولي بالدار البيضاء", ("FAC", "Mohammed V International Airport")),
        ("فاز الوداد الرياضي على الرجاء البيضاوي", ("ORG", "Wydad AC")),
        ("فاز الوداد الرياضي على الرجاء البيضاوي", ("ORG", "Raja CA")),
        ("تدخلت عناصر الدرك الملكي والوقاية المدنية", ("ORG", "Royal Moroccan Gendarmerie")),
        ("قدم تقريره أمام المجلس الأعلى للحسابات", ("ORG", "Court of Audit (Morocco)")),
        ("وصل مهاجرون إلى سبتة المحتلة", ("GPE", "Ceuta")),
        ("قصفت الطائرات محافظة إدلب", ("GPE", "Idlib Governorate")),
        ("قالت صحيفة الغد الأردنية", ("ORG", "Al Ghad")),
        ("ذكرت وكالة الأنباء الإيطالية أنسا", ("ORG", "ANSA")),
    ],
)
def test_links(stage: EntityStage, text: str, want: tuple[str, str]) -> None:
    assert want in _links(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "في الأيام الأخيرة تابعنا الأخبار صباح الغد",  # newspapers only with صحيفة، يومية، أسبوعية
        "بقي في السلطة مدى الحياة وهو أقل من رتبة وزير",  # السلط، الرطبة: not by spelling tolerance
        "تمت مبادلة الأسرى في 6 أكتوبر",  # Mubadala, 6th of October City
        "قال للقناة الثانية إن النيل من الشرعية مرفوض",  # 2M, the Nile
        "شدد على ضرورة تجاوز العقبة الزرقاء من أجل الشهداء",  # Aqaba, Zarqa, GeoNames common words
        "غادي نسالي الكلمة ديالي",  # Diyala in Moroccan Arabic
    ],
)
def test_common_words_are_not_places_or_bodies(stage: EntityStage, text: str) -> None:
    coverage = {e.id for name in COVERAGE for e in read_entries(data_path(name))}
    ents = stage(Article(id="t", source="t", text=text, published="2024-03-14")).entities
    assert [(e.text, e.name_en) for e in ents if e.kb_id in coverage or e.type in ("GPE", "FAC")] == []


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_name_finds_its_entry(data: st.DataObject) -> None:
    kb: KnowledgeBase = bundled_kb()
    entries = [e for name in ("kb/admin.tsv", "kb/facilities.tsv") for e in read_entries(data_path(name))]
    e = data.draw(st.sampled_from(entries))
    n = data.draw(st.sampled_from(e.names()))
    assert e.id in [x.id for x in kb.lookup(n)]
