"""``marsad spark``: run the pipeline on Apache Spark, load its Parquet tables into a store."""

from __future__ import annotations

import click


@click.group()
def spark() -> None:
    """Run the pipeline on Apache Spark (needs marsad[spark] and Java) and load its output."""


@spark.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), help="Folder for the Parquet tables.")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@click.option("--partitions", type=int, default=None, help="Partitions of the input (default: Spark's).")
@click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra knowledge-base TSV.")
def run(inputs: tuple[str, ...], output: str, master: str, partitions: int | None, kb: tuple[str, ...]) -> None:
    """Extract INPUTS (directories, files, .jsonl or .parquet) on Spark; write tables to OUTPUT."""
    from marsad.errors import MarsadError

    try:
        from marsad.scale.spark import build_session, run_job
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MarsadError("the Spark job needs pyspark: pip install 'marsad[spark]'") from exc
    session = build_session(master)
    try:
        counts = run_job(session, inputs, output, kb_paths=kb, partitions=partitions)
    finally:
        session.stop()
    click.echo(", ".join(f"{n} {t}" for t, n in counts.items()) + f" -> {output}")


@spark.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="marsad.db", show_default=True, envvar="MARSAD_DB",
              help="SQLite path or postgresql://… URL.")
def load(folder: str, db: str) -> None:
    """Load the articles a Spark run wrote under FOLDER into the database."""
    from marsad.scale.spark import load_parquet
    from marsad.store import open_store

    store = open_store(db)
    try:
        added = load_parquet(folder, store, command=f"spark load {folder}")
    finally:
        store.close()
    click.echo(f"{added} new articles -> {db}")
