import json
from pathlib import Path

from marsad.evaluation import score_files


def _write(path: Path, rows: list[dict]) -> str:  # type: ignore[type-arg]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_scores_every_section_against_predictions(tmp_path: Path) -> None:
    gold = [{"source": "a.txt", "part": 0, "published": "2025-02-24",
             "entities": [{"text": "لافروف", "type": "PERSON", "name_en": "Sergey Lavrov"},
                          {"text": "أنقرة", "type": "GPE", "name_en": "Ankara"}],
             "events": [{"type": "CONSULT", "source": "RUS", "target": "TUR"}],
             "quotes": [{"speaker": "Sergey Lavrov", "text": "كنا على وشك اتفاق خلال محادثات اسطنبول"}],
             "times": [{"text": "يوم الاثنين", "value": "2025-02-24"}]}]
    pred = [{"source": "/x/a.txt", "part": 0, "published": "2025-02-24",
             "entities": [{"text": "لافروف", "type": "PERSON", "name_en": "Sergey Lavrov"},
                          {"text": "موسكو", "type": "GPE", "name_en": "Moscow"}],
             "events": [{"type": "CONSULT", "source": {"country": "RUS"}, "target": {"country": "TUR"}},
                        {"type": "ACCUSE", "source": {"country": "RUS"}, "target": {"country": "WST"}}],
             "quotes": [{"speaker": {"name_en": "Sergey Lavrov"}, "text": "كنا على وشك اتفاق خلال محادثات إسطنبول"}],
             "times": [{"text": "الاثنين", "value": "2025-02-24"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["published"]["accuracy"] == 1.0
    assert figures["entities"]["precision"] == 0.5 and figures["entities"]["recall"] == 0.5
    assert figures["entities"]["by_type"]["PERSON"]["f1"] == 1.0
    assert figures["events"]["recall"] == 1.0 and figures["events"]["precision"] == 0.5
    assert figures["quotes"]["f1"] == 1.0 and figures["quotes"]["speaker_accuracy"] == 1.0
    assert figures["times"]["f1"] == 1.0 and figures["times"]["value_accuracy"] == 1.0
    assert figures["missing"] == []


def test_missing_prediction_counts_as_misses(tmp_path: Path) -> None:
    gold = [{"source": "b.txt", "entities": [{"text": "x", "type": "GPE", "name_en": "X"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", []))
    assert figures["entities"]["recall"] == 0.0 and figures["missing"] == ["b.txt#0"]
    assert "times" not in figures


def test_two_sided_events_are_scored_unordered(tmp_path: Path) -> None:
    gold = [{"source": "c.txt", "events": [{"type": "CONSULT", "source": "UKR", "target": "RUS"},
                                           {"type": "ACCUSE", "source": "RUS", "target": "WST"}]}]
    rus, ukr, wst = ({"country": c} for c in ("RUS", "UKR", "WST"))
    pred = [{"source": "c.txt", "events": [{"type": "CONSULT", "source": rus, "target": ukr},
                                           {"type": "ACCUSE", "source": wst, "target": rus}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["events"]["tp"] == 1 and figures["events"]["fp"] == 1


def test_entity_mentions_credit_unlinked_finds_but_not_wrong_links(tmp_path: Path) -> None:
    gold = [{"source": "d.txt", "entities": [
        {"text": "النقابة الوطنية للصحافة", "type": "ORG", "name_en": "National Press Union"},
        {"text": "فيدان", "type": "PERSON", "name_en": "Hakan Fidan"},
        {"text": "لافروف", "type": "PERSON", "name_en": "Sergey Lavrov"}]}]
    pred = [{"source": "d.txt", "entities": [
        {"text": "النقابة الوطنية للصحافة", "type": "ORG"},
        {"text": "فيدان", "type": "PERSON", "name_en": "Hakan Fidan", "kb_id": "Q1"},
        {"text": "لافروف", "type": "PERSON", "name_en": "Sergei Ryabkov", "kb_id": "Q2"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    m = figures["entity_mentions"]
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 1)
    assert m["link_accuracy"] == 0.5  # the union was found but is not linked to its English name
    assert figures["entities"]["tp"] == 1


def test_provisional_names_count_only_when_exactly_right(tmp_path: Path) -> None:
    gold = [{"source": "e.txt", "entities": [
        {"text": "توفيق بوعشرين", "type": "PERSON", "name_en": "Taoufik Bouachrine"},
        {"text": "لحسن الطلفي", "type": "PERSON"}]}]
    pred = [{"source": "e.txt", "entities": [
        {"text": "توفيق بوعشرين", "type": "PERSON", "name_en": "Taoufik Bouachrine", "kb_id": "L:1"},
        {"text": "لحسن الطلفي", "type": "PERSON", "name_en": "Lahcen Talfi", "kb_id": "L:2"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["entities"]["tp"] == 2 and figures["entities"]["fp"] == 0
    assert figures["entity_mentions"]["tp"] == 2
    # a linked (non-provisional) entity is judged by its English name alone
    pred[0]["entities"][0].update(kb_id="p:bouachrine", name_en="Tawfiq Bu Ashrin")
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["entities"]["tp"] == 1


def test_unlinked_text_after_the_clitic_lil_matches_its_definite_form(tmp_path: Path) -> None:
    gold = [{"source": "f.txt", "entities": [{"text": "المديرية العامة للمصالح الاجتماعية", "type": "ORG"}]}]
    pred = [{"source": "f.txt", "entities": [{"text": "مديرية العامة للمصالح الاجتماعية", "type": "ORG"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["entities"]["tp"] == 1 and figures["entity_mentions"]["tp"] == 1


def test_a_gold_entity_with_no_english_name_judges_no_link(tmp_path: Path) -> None:
    gold = [{"source": "h.txt", "entities": [{"text": "الوقاية المدنية", "type": "ORG"},
                                             {"text": "فيدان", "type": "PERSON", "name_en": "Hakan Fidan"}]}]
    pred = [{"source": "h.txt", "entities": [
        {"text": "الوقاية المدنية", "type": "ORG", "name_en": "Civil Protection (Morocco)"},
        {"text": "فيدان", "type": "PERSON", "name_en": "Sergey Lavrov", "kb_id": "Q3"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["entities"]["tp"] == 1 and figures["entities"]["fp"] == 1


def test_an_unlinked_persons_transliteration_is_a_guess(tmp_path: Path) -> None:
    gold = [{"source": "i.txt", "entities": [
        {"text": "محمد أبو رمان", "type": "PERSON", "name_en": "Mohammad Abu Rumman"},
        {"text": "سالم زيد", "type": "PERSON", "name_en": "Salem Zaid"}]}]
    pred = [{"source": "i.txt", "entities": [
        {"text": "محمد أبو رمان", "type": "PERSON", "name_en": "Mohammad Abu Rumman"},
        {"text": "سالم زيد", "type": "PERSON", "name_en": "Salim Zayd"}]}]
    figures = score_files([_write(tmp_path / "g.jsonl", gold)], pred_path=_write(tmp_path / "p.jsonl", pred))
    assert figures["entities"]["tp"] == 1  # exact guess credited; a near miss is not
