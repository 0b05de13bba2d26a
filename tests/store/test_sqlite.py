import sqlite3
from pathlib import Path

import pytest

from marsad.api import extract_text, ingest
from marsad.pipeline import Pipeline
from marsad.records import Actor, Article, Entity, Event, Quote, TimeExpr
from marsad.store import Run, open_store
from marsad.store.sqlite import SQLiteStore

BODY = "قال وزير الخارجية التركي إن المحادثات بين روسيا وأوكرانيا ستستمر في إسطنبول الأسبوع المقبل."


def _article(i: int) -> Article:
    return Article(id=f"a{i}", source=f"s{i}", text=BODY + str(i), published="2025-02-24",
                   entities=(Entity("إسطنبول", 0, 7, "GPE", "Q406", "Istanbul", "TUR"),),
                   events=(Event("CONSULT", "040", Actor("Turkey", None, "TUR", "GOV"), Actor("Russia", None, "RUS")),),
                   quotes=(Quote(Actor("Hakan Fidan", None, "TUR"), "المحادثات ستستمر", False, 0, 5),),
                   times=(TimeExpr("الأسبوع المقبل", 0, 5, "2025-W10"),))


def _dump(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                                     " AND name NOT LIKE '%fts%' ORDER BY name"):
            rows += [(table, *r) for r in conn.execute(f'SELECT * FROM "{table}"')]
        return sorted(rows, key=repr)
    finally:
        conn.close()


def test_round_trip_and_idempotent_writes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "m.db")
    added = store.write_batch([_article(1), _article(2), _article(1)], Run("test"))
    assert [a.id for a in added] == ["a1", "a2"]
    assert store.article("a1") == _article(1)
    assert store.write_batch([_article(1), _article(2)], Run("again")) == []
    figures = store.stats()
    assert figures["counts"]["articles"] == 2 and figures["counts"]["events"] == 2
    assert figures["counts"]["runs"] == 1  # a run that adds nothing leaves no trace
    store.close()


def test_a_crash_mid_batch_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.db"
    store = open_store(path)
    store.write_batch([_article(1)], Run("first"))
    before = _dump(path)
    original = SQLiteStore._insert
    calls = {"n": 0}

    def crashing(self: SQLiteStore, a: Article, run_id: int | None) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        original(self, a, run_id)

    monkeypatch.setattr(SQLiteStore, "_insert", crashing)
    with pytest.raises(RuntimeError):
        store.write_batch([_article(i) for i in range(2, 8)], Run("second"))
    store.close()
    assert _dump(path) == before


def test_reingesting_the_same_input_changes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_text("عنوان\n" + BODY + "\n" + BODY, encoding="utf-8")
    db = tmp_path / "m.db"
    store = open_store(db)
    pipeline = Pipeline()
    first = ingest([src], store, pipeline=pipeline)
    snapshot = _dump(db)
    second = ingest([src], store, pipeline=pipeline)
    store.close()
    assert (first.added, second.added) == (1, 0)
    assert _dump(db) == snapshot


def test_learned_entries_round_trip(tmp_path: Path) -> None:
    store = open_store(tmp_path / "m.db")
    store.upsert_learned([{"id": "L:1", "name_ar": "رستم عمروف", "mentions": 1}])
    store.upsert_learned([{"id": "L:1", "name_ar": "رستم عمروف", "mentions": 2}])
    assert store.learned() == [{"id": "L:1", "name_ar": "رستم عمروف", "mentions": 2}]


def test_not_a_database(tmp_path: Path) -> None:
    from marsad.errors import MarsadError

    bad = tmp_path / "x.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(MarsadError, match="not a Marsad database"):
        open_store(bad)


def test_extract_text_runs_the_default_pipeline() -> None:
    [a] = extract_text(BODY, published="2025-02-24")
    assert a.published == "2025-02-24" and a.text == BODY


def test_learned_persons_carry_on_across_runs(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("وقال وزير الصحة المغربي سعيد بنحمو إن المستشفيات مستعدة.\n" + BODY, encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("وأكد وزير الصحة المغربي سعيد بنحمو أن الوزارة ستواصل عملها.\n" + BODY, encoding="utf-8")
    db = tmp_path / "m.db"
    store = open_store(db)
    ingest([first], store, pipeline=Pipeline())
    before = {e["id"]: e for e in store.learned()}
    ingest([second], store, pipeline=Pipeline())  # a new process would start from the store
    after = {e["id"]: e for e in store.learned()}
    store.close()
    assert before and set(before) == set(after)  # one person, one id, across two runs
    for key, entry in before.items():
        assert after[key]["mentions"] > entry["mentions"]
