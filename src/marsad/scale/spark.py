"""Apache Spark job: the same pipeline over partitions of pages, tables out as Parquet.

    marsad spark run INPUT... -o OUT [--master local[*]] [--partitions N]
    spark-submit src/marsad/scale/spark.py INPUT... -o OUT          # on a cluster
    marsad spark load OUT --db marsad.db | postgresql://…           # into a store

INPUT is a directory or file of pages (read by Marsad's readers on the
executors: paths must be visible to them), a JSON-lines file of page records
(``.jsonl``/``.ndjson``: one object a line with ``text`` or ``html``, as
``marsad ingest`` reads them) or a Parquet file or folder with the same
columns (``.parquet``). Each partition runs through ``mapPartitions``; the
pipeline is built once per executor Python process (kept in a module global,
reused across partitions since Spark reuses its Python workers) so the
knowledge base loads once per executor. OUT receives one Parquet folder per
table: ``articles`` (with the full JSON ``record`` of the output contract),
``entities``, ``events``, ``quotes``, ``times`` (the store's columns).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.pipeline import DEFAULT_ARTICLE_STAGES, Pipeline, Resources
from marsad.records import Article, Page
from marsad.store.rows import ENTITY_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, TIME_COLUMNS, child_rows

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ENTITY_COLUMNS, "events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "times": TIME_COLUMNS}
ARTICLE_COLUMNS = ("id", "source", "part", "title", "published", "outlets", "tags", "language", "url", "text",
                   "record")
INT_COLUMNS = {"idx", "start", "end", "quantity", "negated", "direct", "part"}

_PIPELINES: dict[tuple[tuple[str, ...], tuple[str, ...]], Pipeline] = {}


def executor_pipeline(stages: tuple[str, ...], kb_paths: tuple[str, ...]) -> Pipeline:
    """The pipeline of this (executor) process, built on first use."""
    key = (stages, kb_paths)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(stages, Resources(kb_paths=kb_paths))
    return _PIPELINES[key]


def page_from_record(record: dict[str, Any], name: str) -> Page:
    from marsad.ingest.readers import _page_from_object

    return _page_from_object({k: v for k, v in record.items() if v is not None}, name)


def _pages(kind: str, items: Iterable[Any]) -> Iterator[Page]:
    from marsad.ingest import read_one

    for item in items:
        if kind == "path":
            yield from read_one(item)
        elif kind == "line":
            if item.strip():
                yield page_from_record(json.loads(item), "<jsonl>")
        else:  # a Spark Row
            yield page_from_record(item.asDict(), "<parquet>")


def article_rows(article: Article) -> list[tuple[str, tuple[Any, ...]]]:
    """``(table, row)`` for an article and each of its extractions."""
    a = article
    record = json.dumps(a.to_dict(), ensure_ascii=False)
    out: list[tuple[str, tuple[Any, ...]]] = [("articles", (a.id, a.source, a.part, a.title, a.published,
                                                              list(a.outlets), list(a.tags), a.language, a.url,
                                                              a.text, record))]
    for table, _columns, rows in child_rows(a):
        out.extend((table, row) for row in rows)
    return out


def make_partition_fn(kind: str, stages: tuple[str, ...], kb_paths: tuple[str, ...]) -> Any:
    """The function ``mapPartitions`` runs: pages in, ``(table, row)`` out."""

    def run(items: Iterable[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
        pipeline = executor_pipeline(stages, kb_paths)
        for page in _pages(kind, items):
            for article in pipeline.process_page(page):
                yield from article_rows(article)

    return run


def _schema(table: str) -> Any:
    from pyspark.sql import types as T

    if table == "articles":
        fields = [T.StructField(c, T.ArrayType(T.StringType()) if c in ("outlets", "tags") else
                                T.LongType() if c in INT_COLUMNS else T.StringType()) for c in ARTICLE_COLUMNS]
    else:
        fields = [T.StructField(c, T.LongType() if c in INT_COLUMNS else T.StringType())
                  for c in TABLE_COLUMNS[table]]
    return T.StructType(fields)


def _source_rdd(spark: Any, inputs: Sequence[str], partitions: int | None) -> tuple[str, Any]:
    """(kind, RDD of items) for the inputs, which must all be of one kind."""
    from marsad.ingest import expand_paths

    sc = spark.sparkContext
    suffixes = {Path(p).suffix.lower() for p in inputs}
    if suffixes <= {".jsonl", ".ndjson"}:
        rdd = sc.textFile(",".join(str(Path(p).resolve()) for p in inputs), minPartitions=partitions or 2)
        return "line", rdd
    if suffixes == {".parquet"}:
        return "row", spark.read.parquet(*[str(Path(p).resolve()) for p in inputs]).rdd
    files = [str(Path(f).resolve()) for f in expand_paths(inputs)]
    return "path", sc.parallelize(files, partitions or max(1, min(len(files), sc.defaultParallelism * 4)))


def build_session(master: str | None = None, app: str = "marsad") -> Any:
    """A SparkSession (local mode unless ``master`` or spark-submit says otherwise)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    for key, value in (("spark.ui.enabled", "false"), ("spark.sql.shuffle.partitions", "4"),
                       ("spark.python.worker.reuse", "true"), ("spark.sql.execution.arrow.pyspark.enabled", "false"),
                       ("spark.ui.showConsoleProgress", "false")):
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run_job(spark: Any, inputs: Sequence[str], output: str, *, stages: Sequence[str] = DEFAULT_ARTICLE_STAGES,
            kb_paths: Sequence[str] = (), partitions: int | None = None) -> dict[str, int]:
    """Run the pipeline over ``inputs`` and write one Parquet folder per table under ``output``;
    return the row count of each table."""
    from pyspark import StorageLevel

    kind, source = _source_rdd(spark, inputs, partitions)
    if partitions and kind != "path" and partitions != source.getNumPartitions():
        # fewer: coalesce keeps the input order; more: a shuffle spreads the pages
        source = source.coalesce(partitions) if partitions < source.getNumPartitions() else \
            source.repartition(partitions)
    rows = source.mapPartitions(make_partition_fn(kind, tuple(stages), tuple(kb_paths)))
    rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in ("articles", *TABLE_COLUMNS):
            part = rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1])
            frame = spark.createDataFrame(part, _schema(table))
            frame.write.mode("overwrite").parquet(str(Path(output) / table))
        found = dict(rows.map(lambda r: r[0]).countByValue())
    finally:
        rows.unpersist()
    return {table: int(found.get(table, 0)) for table in ("articles", *TABLE_COLUMNS)}


def load_parquet(folder: str | Path, store: Any, *, batch_size: int = 500, command: str = "spark load") -> int:
    """Write the articles of a job's output (``folder/articles``) into a store; return how many were new.

    The records are read back from the ``record`` column, so the store's child tables, stories and
    search index (SQLite) are filled exactly as ``marsad ingest`` fills them."""
    import pyarrow.parquet as pq

    from marsad.store.base import Run

    run, added = Run(command), 0
    dataset = pq.ParquetDataset(str(Path(folder) / "articles"))
    for fragment in dataset.fragments:
        for batch in fragment.to_batches(columns=["record"], batch_size=batch_size):
            articles = [Article.from_dict(json.loads(r)) for r in batch.column(0).to_pylist()]
            added += len(store.write_batch(articles, run))
    return added


def main(argv: list[str] | None = None) -> None:
    """Entry point for ``spark-submit src/marsad/scale/spark.py INPUT... -o OUT``."""
    parser = argparse.ArgumentParser(description="Run the Marsad pipeline on Spark; write Parquet tables.")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--master", default=None)
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--kb", action="append", default=[])
    args = parser.parse_args(argv)
    spark = build_session(args.master)
    try:
        counts = run_job(spark, args.inputs, args.output, kb_paths=args.kb, partitions=args.partitions)
    finally:
        spark.stop()
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
