"""The store's behaviour, run against every backend (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from marsad.api import ingest
from marsad.errors import MarsadError
from marsad.pipeline import Pipeline
from marsad.records import Actor, Article, Entity, Event, Quote, TimeExpr
from marsad.store import Run, open_store

BODY = "قال وزير الخارجية التركي إن المحادثات بين روسيا وأوكرانيا ستستمر في إسطنبول الأسبوع المقبل."
CORE = ("articles", "entities", "events", "quotes", "times", "runs", "kb_learned")


def _article(i: int, published: str | None = "2025-02-24") -> Article:
    return Article(id=f"a{i}", source=f"s{i}", text=BODY + str(i), published=published,
                   outlets=("الأناضول",), tags=("تركيا",),
                   entities=(Entity("إسطنبول", 0, 7, "GPE", "Q406", "Istanbul", "TUR"),),
                   events=(Event("CONSULT", "040", Actor("Turkey", None, "TUR", "GOV"), Actor("Russia", None, "RUS"),
                                 quantity=3_000_000_000),),
                   quotes=(Quote(Actor("Hakan Fidan", None, "TUR"), "المحادثات ستستمر", False, 0, 5),),
                   times=(TimeExpr("الأسبوع المقبل", 0, 5, "2025-W10"),))


def _dump(url: str) -> list[tuple[Any, ...]]:
    """Every row of the core tables, without the ingest timestamps."""
    rows: list[tuple[Any, ...]] = []
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url) as conn:
            for table in CORE:
                rows += [(table, *r) for r in conn.execute(f"SELECT * FROM {table}")]
    else:
        conn = sqlite3.connect(url)
        for table in CORE:
            rows += [(table, *r) for r in conn.execute(f'SELECT * FROM "{table}"')]
        conn.close()
    return sorted(rows, key=repr)


def test_round_trip_and_idempotent_writes(store_url: str) -> None:
    store = open_store(store_url)
    added = store.write_batch([_article(1), _article(2), _article(1)], Run("test"))
    assert [a.id for a in added] == ["a1", "a2"]
    assert store.article("a1") == _article(1)
    assert store.article("a") is not None and store.article("zz") is None  # id prefix
    assert store.write_batch([_article(1), _article(2)], Run("again")) == []
    figures = store.stats()
    assert figures["counts"] == {"articles": 2, "entities": 2, "events": 2, "quotes": 2, "times": 2,
                                 "runs": 1, "kb_learned": 0}  # a run that adds nothing leaves no trace
    assert figures["outlets"] == {"الأناضول": 2} and figures["event_types"] == {"CONSULT": 2}
    assert figures["published"] == {"first": "2025-02-24", "last": "2025-02-24"}
    store.close()


def test_articles_come_back_in_date_then_id_order(store_url: str) -> None:
    store = open_store(store_url)
    batch = [_article(3, None), _article(2, "2025-03-01"), _article(1, "2025-02-01"), _article(0, "2025-03-01")]
    store.write_batch(batch, Run("order"))
    assert [a.id for a in store.articles()] == ["a1", "a0", "a2", "a3"]
    assert [a.id for a in store.articles(limit=2)] == ["a1", "a0"]
    store.close()


def test_a_crash_mid_batch_leaves_the_database_as_it_was(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(store_url)
    store.write_batch([_article(1)], Run("first"))
    before = _dump(store_url)
    cls, calls = type(store), {"n": 0}
    original = cls._insert

    def crashing(self: Any, a: Article, run_id: int | None) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        original(self, a, run_id)

    monkeypatch.setattr(cls, "_insert", crashing)
    run = Run("second")
    with pytest.raises(RuntimeError):
        store.write_batch([_article(i) for i in range(2, 8)], run)
    assert run.added == 0
    monkeypatch.undo()
    assert _dump(store_url) == before
    assert [a.id for a in store.write_batch([_article(2)], Run("third"))] == ["a2"]  # usable afterwards
    store.close()


def test_reingesting_the_same_input_changes_nothing(store_url: str, tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_text("عنوان\n" + BODY + "\n" + BODY, encoding="utf-8")
    store = open_store(store_url)
    pipeline = Pipeline()
    first = ingest([src], store, pipeline=pipeline)
    snapshot = _dump(store_url)
    second = ingest([src], store, pipeline=pipeline)
    store.close()
    assert (first.added, second.added) == (1, 0)
    assert _dump(store_url) == snapshot


def test_learned_entries_round_trip(store_url: str) -> None:
    store = open_store(store_url)
    store.upsert_learned([{"id": "L:2", "name_ar": "هاكان فيدان", "mentions": 1},
                          {"id": "L:1", "name_ar": "رستم عمروف", "mentions": 1}])
    store.upsert_learned([{"id": "L:1", "name_ar": "رستم عمروف", "mentions": 2}])
    assert store.learned() == [{"id": "L:1", "name_ar": "رستم عمروف", "mentions": 2},
                               {"id": "L:2", "name_ar": "هاكان فيدان", "mentions": 1}]
    store.close()


def test_reopening_applies_no_migration_twice(store_url: str) -> None:
    open_store(store_url).close()
    store = open_store(store_url)
    store.write_batch([_article(1)], Run("x"))
    store.close()
    store = open_store(store_url)
    assert store.stats()["counts"]["articles"] == 1
    store.close()


def test_records_are_the_same_in_both_backends(store_url: str) -> None:
    store = open_store(store_url)
    store.write_batch([_article(5)], Run("x"))
    [back] = list(store.articles())
    assert json.dumps(back.to_dict(), ensure_ascii=False) == json.dumps(_article(5).to_dict(), ensure_ascii=False)
    store.close()


def test_unsupported_and_unreachable_urls() -> None:
    with pytest.raises(MarsadError, match="unsupported store URL"):
        open_store("mysql://x/y")
    pytest.importorskip("psycopg")
    with pytest.raises(MarsadError, match="cannot connect"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
