"""The Spark job (pyspark in local mode) gives the records the local pipeline gives, as Parquet
tables that load into a store. Small on purpose: sixteen pages, local[1]."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from marsad.api import extract
from marsad.store import open_store
from tests.conftest import shared_path


def _java_or_skip() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'marsad[spark]')")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (install default-jre-headless)")


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, int]]:
    _java_or_skip()
    from marsad.scale.spark import build_session, run_job

    folder = shared_path("corpus", "ahdath")
    tmp = tmp_path_factory.mktemp("spark")
    src = tmp / "pages.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for path in sorted(folder.glob("*.txt"))[:16]:
            fh.write(json.dumps({"id": path.name, "text": path.read_text(encoding="utf-8")},
                                ensure_ascii=False) + "\n")
    session = build_session("local[1]")
    session.sparkContext.setLogLevel("ERROR")
    try:
        # one partition: the entity stage keeps cross-article state (names seen earlier in the run), so
        # only the same order through one pipeline gives byte-identical records
        counts = run_job(session, [str(src)], str(tmp / "out"), partitions=1)
    finally:
        session.stop()
    return src, tmp / "out", counts


def test_spark_tables_match_the_local_pipeline(spark_run: tuple[Path, Path, dict[str, int]]) -> None:
    import pyarrow.parquet as pq

    src, out, counts = spark_run
    local = {a.id: json.loads(json.dumps(a.to_dict(), ensure_ascii=False)) for a in extract([src])}
    records = pq.read_table(out / "articles").column("record").to_pylist()
    remote = {r["id"]: r for r in map(json.loads, records)}
    assert remote == local and counts["articles"] == len(local) == 16
    for table, key in (("entities", "entities"), ("events", "events"), ("quotes", "quotes"), ("times", "times")):
        rows = pq.read_table(out / table)
        assert rows.num_rows == counts[table] == sum(len(r[key]) for r in local.values())
    assert pq.read_table(out / "events").column_names[:3] == ["article_id", "idx", "type"]


def test_spark_output_loads_into_a_store(spark_run: tuple[Path, Path, dict[str, int]], tmp_path: Path) -> None:
    from marsad.scale.spark import load_parquet

    _src, out, counts = spark_run
    store = open_store(tmp_path / "m.db")
    assert load_parquet(out, store) == counts["articles"]
    assert load_parquet(out, store) == 0  # idempotent, like ingest
    figures = store.stats()["counts"]
    assert figures["events"] == counts["events"] and figures["entities"] == counts["entities"]
    store.close()


def test_spark_output_loads_into_postgresql(spark_run: tuple[Path, Path, dict[str, int]], pg_url: str) -> None:
    from marsad.scale.spark import load_parquet

    _src, out, counts = spark_run
    store = open_store(pg_url)
    assert load_parquet(out, store) == counts["articles"]
    figures = store.stats()["counts"]
    assert figures["quotes"] == counts["quotes"] and figures["times"] == counts["times"]
    store.close()
