"""The command line: a thin layer over the library (``marsad.api``, ``marsad.store``)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path
from typing import Any

import click

from marsad import exports
from marsad.errors import MarsadError

DB_OPTION = click.option("--db", default="marsad.db", show_default=True, envvar="MARSAD_DB",
                         help="SQLite database path (or sqlite:///path), or a postgresql://… URL.")
WORKERS_OPTION = click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
                              help="Worker processes for the pipeline (store writes stay in order).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="marsad")
def cli() -> None:
    """Marsad (مرصد): Arabic news in, linked entities, coded events, quotes and times out."""


@contextmanager
def _progress(total: int, label: str, enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """A rich progress bar on stderr (only for a terminal and more than one file)."""
    if not enabled or total < 2 or not sys.stderr.isatty():
        yield lambda _name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _name: bar.advance(task)


def _pipeline(kb: tuple[str, ...]) -> Any:
    from marsad.pipeline import Pipeline, Resources

    return Pipeline(resources=Resources(kb_paths=kb))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--published", help="Publication date (YYYY-MM-DD) for pages that state none.")
@click.option("--outlet", "outlets", multiple=True, help="Outlet to credit where a page credits none.")
@click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra knowledge-base TSV.")
@click.option("--skip-errors", is_flag=True, help="Report unreadable inputs and go on instead of stopping.")
@click.option("--batch-size", default=200, show_default=True, help="Articles per transaction.")
@WORKERS_OPTION
def ingest(paths: tuple[str, ...], db: str, published: str | None, outlets: tuple[str, ...],
           kb: tuple[str, ...], skip_errors: bool, batch_size: int, workers: int) -> None:
    """Read PATHS (files, directories, URLs, - for stdin) into the database."""
    from marsad.api import ingest as run_ingest
    from marsad.ingest import expand_paths
    from marsad.store import open_store

    published = _check_date(published)
    files = expand_paths(paths)
    store = open_store(db)
    try:
        with _progress(len(files), "ingest") as advance:
            if workers > 1:
                from marsad.scale.parallel import PoolOptions, ingest_parallel

                report = ingest_parallel(files, store, PoolOptions(workers=workers, kb_paths=kb),
                                         published=published, outlets=outlets, batch_size=batch_size,
                                         skip_errors=skip_errors, command="ingest " + " ".join(paths),
                                         on_file=advance)
            else:
                    report = run_ingest(files, store, published=published, outlets=outlets, pipeline=_pipeline(kb),
                                    batch_size=batch_size, skip_errors=skip_errors,
                                    command="ingest " + " ".join(paths), on_file=advance)
    finally:
        store.close()
    for line in report.skipped:
        click.echo(f"marsad: skipped {line}", err=True)
    click.echo(f"{report.pages} pages, {report.articles} articles, {report.added} new -> {db}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for pages that state none.")
@click.option("--outlet", "outlets", multiple=True, help="Outlet to credit where a page credits none.")
@click.option("--kb", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra knowledge-base TSV.")
@WORKERS_OPTION
def extract(paths: tuple[str, ...], fmt: str, published: str | None, outlets: tuple[str, ...],
            kb: tuple[str, ...], workers: int) -> None:
    """Print the records of PATHS (no database)."""
    from marsad.ingest import read_pages

    if workers > 1:
        from marsad.scale.parallel import PoolOptions, extract_parallel

        articles: Iterator[Any] = extract_parallel(paths, PoolOptions(workers=workers, kb_paths=kb),
                                                   published=_check_date(published), outlets=outlets)
    else:
        articles = _pipeline(kb).run(read_pages(paths, published=_check_date(published), outlets=outlets))
    records = (a.to_dict() for a in articles)
    if fmt == "json":
        click.echo(json.dumps(list(records), ensure_ascii=False, indent=2))
        return
    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(exports.FORMATS), default="jsonl", show_default=True)
@click.option("--table", type=click.Choice(exports.TABLES), default="articles", show_default=True,
              help="For csv: which table to write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(db: str, fmt: str, table: str, output: str | None) -> None:
    """Export stored records: JSON lines of the output contract, CSV tables, the GDELT-style
    event table (tab-separated), or a Parquet table (-o FILE)."""
    from marsad.store import open_store

    store = _open_existing(db, open_store)
    try:
        if fmt == "parquet":
            if not output:
                raise MarsadError("--format parquet needs -o FILE")
            exports.write_parquet(store, output, table)
            return
        with click.open_file(output or "-", "w", encoding="utf-8") as fh:
            exports.write(store, fh, fmt, table)  # type: ignore[arg-type]
    finally:
        store.close()


@cli.command()
@click.argument("article_id")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article (an id or its first characters)."""
    from marsad.store import open_store
    from marsad.views import print_article

    store = _open_existing(db, open_store)
    try:
        article = store.article(article_id)
    finally:
        store.close()
    if article is None:
        raise MarsadError(f"no article with id {article_id!r} in {db}")
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_article(article)


@cli.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts of what the database holds."""
    from marsad.store import open_store
    from marsad.views import print_stats

    store = _open_existing(db, open_store)
    try:
        figures = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print_stats(figures, db)


@cli.command(name="eval")
@click.option("--gold", "golds", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold JSON-lines file (docs/gold-format.md); repeat for several.")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False), help="Score these records instead of running.")
@click.option("--corpus", default=None, help="Folder gold sources are relative to (default ../shared/corpus).")
@click.option("--json", "as_json", is_flag=True)
def evaluate(golds: tuple[str, ...], pred: str | None, corpus: str | None, as_json: bool) -> None:
    """Score records against gold annotations: P/R/F1 per section, date accuracy."""
    from marsad.evaluation import score_files
    from marsad.views import print_scores

    scores = score_files(golds, pred_path=pred, corpus=corpus)
    if as_json:
        click.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        print_scores(scores)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--limit", type=int, default=None, help="At most this many pages.")
@click.option("--repeat", type=int, default=1, show_default=True, help="Passes over the input.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--no-compare", is_flag=True, help="Skip the trafilatura and dateparser comparisons.")
def bench(paths: tuple[str, ...], limit: int | None, repeat: int, as_json: bool, no_compare: bool) -> None:
    """Articles per second per stage and in total, peak memory, and side-by-side comparisons
    (HTML extraction against trafilatura, dates against dateparser) on PATHS (default: the sample)."""
    from marsad.bench import run_bench
    from marsad.views import print_bench, print_comparisons

    figures = run_bench(paths or (str(_sample_dir()),), limit=limit, repeat=repeat, compare=not no_compare)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        print_bench(figures)
        print_comparisons(figures)


@cli.command()
@DB_OPTION
def demo(db: str) -> None:
    """Ingest the bundled sample pages into the database and show what was found."""
    from marsad.api import ingest as run_ingest
    from marsad.resources import read_tsv
    from marsad.store import open_store
    from marsad.views import print_article

    sample = _sample_dir()
    store = open_store(db)
    pipeline = _pipeline(())
    try:
        for name, published, *_ in read_tsv(sample / "manifest.tsv", min_columns=2):
            run_ingest([str(sample / name)], store, published=published or None, pipeline=pipeline,
                       command="demo")
        articles = list(store.articles())
    finally:
        store.close()
    for article in articles:
        print_article(article, brief=True)
    click.echo(f"{len(articles)} articles in {db}; try: marsad show {articles[0].id[:8]} --db {db}")


def _sample_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("marsad") / "sample"))


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise MarsadError(f"--published {value!r}: expected a date as YYYY-MM-DD") from exc


def _open_existing(db: str, opener: Callable[[str], Any]) -> Any:
    if not db.startswith(("sqlite:", "postgresql:", "postgres:")) and not Path(db).exists():
        raise MarsadError(f"{db}: no such database (run marsad ingest first)")
    return opener(db)


# Command groups that live beside the area they serve.
_PLUGGED = (("marsad.kb.cli", "kb"), ("marsad.stories.cli", "search"), ("marsad.stories.cli", "stories"),
            ("marsad.stories.cli", "story"), ("marsad.stories.cli", "related"), ("marsad.stories.cli", "timeline"),
            ("marsad.api_server.cli", "serve"), ("marsad.scale.cli", "spark"))


def _plug_commands() -> None:
    for module_name, attr in _PLUGGED:
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        command = getattr(module, attr, None)
        if isinstance(command, click.Command):
            cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one line for people on any error, a non-zero exit, no traceback."""
    _plug_commands()
    try:
        code = cli.main(args=argv, prog_name="marsad", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("marsad: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except MarsadError as exc:
        click.echo(f"marsad: error: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the last line of defence: never a traceback for a user
        if os.environ.get("MARSAD_DEBUG"):
            raise
        click.echo(f"marsad: internal error: {type(exc).__name__}: {exc} (set MARSAD_DEBUG=1 for details)",
                   err=True)
        sys.exit(2)
    if isinstance(code, int) and code:
        sys.exit(code)
