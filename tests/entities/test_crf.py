"""The run-time CRF: unlinked names the knowledge base lacks, added where the rules found nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities import crf, newsfane
from marsad.entities.stage import EntityStage
from marsad.pipeline import Resources
from marsad.records import Article

pytest.importorskip("pycrfsuite")


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage(Resources())


def test_model_is_compact_and_loaded_once() -> None:
    assert crf.CrfTagger.load_optional() is not None
    assert crf.data_path(crf.MODEL).stat().st_size < 1_500_000
    res = Resources()
    assert EntityStage(res).crf is EntityStage(res).crf


def test_unknown_person_is_found_unlinked(stage: EntityStage) -> None:
    text = "وقال المتحدث باسم الشرطة هارالد سوروس إن القتيل نمساوي."
    ents = stage(Article(id="t", source="t", text=text)).entities
    person = [e for e in ents if e.type == "PERSON"]
    assert [e.text for e in person] == ["هارالد سوروس"]
    assert person[0].kb_id is None and person[0].name_en is None


def test_crf_never_overrides_the_rules(stage: EntityStage) -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية التركي هاكان فيدان"
    rules = EntityStage(Resources(), crf=False)
    a = Article(id="t", source="t", text=text, published="2025-05-16")
    linked = {(e.start, e.end, e.name_en) for e in rules(a).entities}
    assert linked <= {(e.start, e.end, e.name_en) for e in stage(a).entities}


def test_glue_puts_clitics_back() -> None:
    sent = newsfane.Sentence(["و", "قال", "ان", "ه", "في", "المانيا"], ["O", "O", "O", "O", "O", "B-GPE"])
    text, ranges = newsfane.glue([sent])
    assert text == "وقال انه في المانيا"
    assert newsfane.token_spans(ranges, [(12, 19, "GPE")]) == [{(5, 6, "GPE")}]


def test_proclitic_is_left_out_of_a_name() -> None:
    assert crf._skip("بمجلس") == 1 and crf._skip("وبالقاهره") == 2 and crf._skip("وليد") == 0


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.", max_size=200))
def test_spans_stay_inside_and_apart(text: str) -> None:
    tagger = crf.CrfTagger.load_optional()
    assert tagger is not None
    spans = tagger.tag(text, [])
    for s, e, typ in spans:
        assert 0 <= s < e <= len(text) and typ in crf.TYPES
    assert all(a[1] <= b[0] for a, b in zip(sorted(spans), sorted(spans)[1:], strict=False))
