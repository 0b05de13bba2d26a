"""Worker processes give the same articles, in the same order, as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.api import extract, ingest
from marsad.errors import InputError
from marsad.pipeline import Pipeline
from marsad.scale.parallel import PoolOptions, extract_parallel, ingest_parallel, merge_learned
from marsad.store import open_store

TEXTS = [
    "قال وزير الخارجية التركي هاكان فيدان إن المحادثات بين روسيا وأوكرانيا ستستمر في إسطنبول الأسبوع المقبل.",
    "تظاهر آلاف المحتجين في الرباط يوم الأحد للمطالبة بإطلاق سراح المعتقلين.",
    "استقبل العاهل المغربي الملك محمد السادس الرئيس الفرنسي في القصر الملكي بالرباط أمس.",
]


def _jsonl(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "pages.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = {"id": f"p{i}", "text": f"{TEXTS[i % 3]} ({i})", "published": "2025-02-24"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def test_workers_match_one_process_in_order(tmp_path: Path) -> None:
    src = _jsonl(tmp_path, 13)
    one = [a.to_dict() for a in extract([src])]
    many = [a.to_dict() for a in extract_parallel([src], PoolOptions(workers=2, chunk=2, inflight=1))]
    assert many == one


def test_parallel_ingest_writes_what_serial_ingest_writes(tmp_path: Path) -> None:
    src = _jsonl(tmp_path, 9)
    serial, parallel = open_store(tmp_path / "s.db"), open_store(tmp_path / "p.db")
    r1 = ingest([src], serial, pipeline=Pipeline(), batch_size=4)
    r2 = ingest_parallel([src], parallel, PoolOptions(workers=2, chunk=3), batch_size=4)
    assert (r2.pages, r2.articles, r2.added) == (r1.pages, r1.articles, r1.added) == (9, 9, 9)
    assert [a.to_dict() for a in parallel.articles()] == [a.to_dict() for a in serial.articles()]
    again = ingest_parallel([src], parallel, PoolOptions(workers=2), batch_size=4)
    assert again.added == 0
    serial.close()
    parallel.close()


def test_a_bad_input_stops_or_is_skipped(tmp_path: Path) -> None:
    good, bad = _jsonl(tmp_path, 2), tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    store = open_store(tmp_path / "m.db")
    with pytest.raises(InputError):
        ingest_parallel([bad, good], store, PoolOptions(workers=1))
    report = ingest_parallel([bad, good], store, PoolOptions(workers=1), skip_errors=True)
    assert report.added == 2 and len(report.skipped) == 1
    store.close()


def test_learned_entries_merge_across_workers() -> None:
    a = {"id": "L:1", "name_ar": "س", "roles": ["r1"], "variants": [], "mentions": 2, "articles": ["x"]}
    b = {"id": "L:1", "name_ar": "س", "roles": ["r2"], "variants": ["ص"], "mentions": 3, "articles": ["y"]}
    (merged,) = merge_learned([[a], [b]])
    assert merged["mentions"] == 5 and merged["roles"] == ["r1", "r2"] and merged["articles"] == ["x", "y"]
    assert a["mentions"] == 2  # inputs untouched


def test_seeded_mentions_count_once() -> None:
    seed = [{"id": "L:1", "name_ar": "س", "roles": [], "variants": [], "mentions": 10, "articles": []}]
    w1 = [dict(seed[0], mentions=12, articles=["x"])]
    w2 = [dict(seed[0], mentions=11, articles=["y"])]
    (merged,) = merge_learned([w1, w2], seed)
    assert merged["mentions"] == 13 and merged["articles"] == ["x", "y"]
