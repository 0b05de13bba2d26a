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
    # unlinked, with a provisional transliterated name (a guess: no kb id)
    assert person[0].kb_id is None and person[0].name_en == "Harald Sourous"


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


def test_clusters_are_compact_and_cover_news_words() -> None:
    assert crf.data_path(crf.CLUSTERS).stat().st_size < 1_000_000
    assert len(crf._cluster_feats("القاهره")) == 3 and crf._cluster_feats("القاهره", "-1")[0].startswith("-1c0=")
    assert crf._cluster_feats("قزقزقزق") == ("c=none",)
    # words of a kind share a coarse cluster more often than words of different kinds
    same = crf._clusters()["موسكو"][0] == crf._clusters()["لندن"][0]
    assert same or crf._clusters()["موسكو"][1] == crf._clusters()["لندن"][1]


def test_name_likeness_ranks_transliterated_names_above_words() -> None:
    def score(w: str) -> int:
        return int(crf.name_like(w).split("=")[1])

    assert min(score(w) for w in ("اينشتاين", "شوارتزنيغر", "كانافارو")) > max(score(w) for w in ("قال", "صفقه", "عهد"))
    assert crf.name_like(",") == "nl=x"


def test_a_found_name_marks_its_other_mentions() -> None:
    words = ["قال", "جوزيف", "كاكابيلو", "ثم", "قال", "كاكابيلو", "و", "جوزيف", "كاكابيلو"]
    tags = ["O"] * len(words)
    assert crf._propagate(words, tags, [(1, 3, "PERSON")]) == [(1, 3, "PERSON"), (5, 6, "PERSON"), (7, 9, "PERSON")]
    tags[5] = "B-ORG"  # what the stage found stays
    assert crf._propagate(words, tags, [(1, 3, "PERSON")]) == [(1, 3, "PERSON"), (7, 9, "PERSON")]
    # a common word the tagger took for a name alone is not spread
    assert crf._propagate(["في", "الحكومه", "و", "الحكومه"], ["O"] * 4, [(1, 2, "ORG")]) == [(1, 2, "ORG")]


def test_features_are_deterministic_and_windowed() -> None:
    words = ["قال", "الرئيس", "جون", "كندي", "امس"]
    feats = crf.features(words, ["O"] * 5)
    assert feats == crf.features(words, ["O"] * 5)
    assert "w=جون" in feats[2] and "-1w=الرئيس" in feats[2] and "2w=امس" in feats[2] and "-2w=<s>" in feats[1]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.", max_size=200))
def test_spans_stay_inside_and_apart(text: str) -> None:
    tagger = crf.CrfTagger.load_optional()
    assert tagger is not None
    spans = tagger.tag(text, [])
    for s, e, typ in spans:
        assert 0 <= s < e <= len(text) and typ in crf.TYPES
    assert all(a[1] <= b[0] for a, b in zip(sorted(spans), sorted(spans)[1:], strict=False))


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويى ،.0123456789", max_size=160))
def test_known_attribute_filter_changes_nothing(text: str) -> None:
    """The tagger passes crfsuite only the attributes the model knows: the same features
    otherwise, in the same order, and the same spans as with every feature."""
    tagger = crf.CrfTagger.load_optional()
    assert tagger is not None and tagger.known
    everything = crf.CrfTagger(tagger.tagger, frozenset())
    words = [text[s:e] for s, e in crf.tokens(text)]
    tags = ["O"] * len(words)
    full = crf.features(words, tags)
    assert tagger.features(words, tags) == [[f.encode() for f in x if f in tagger.known] for x in full]
    assert everything.features(words, tags) == [[f.encode() for f in x] for x in full]
    assert tagger.tag(text, []) == everything.tag(text, [])
