"""Click commands for stories and search: ``search``, ``stories``, ``story``,
``related``, ``timeline``. The lead adds them to the main ``marsad`` group.
Each opens the database given by ``--db`` and prints a rich table, or JSON
with ``--json``.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from marsad.stories import queries
from marsad.stories.search import search as run_search

db_option = click.option("--db", "db", default="marsad.db", show_default=True, help="SQLite database.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _open(db: str) -> sqlite3.Connection:
    """The store's connection (migrations applied); a missing database is a one-line error."""
    from pathlib import Path

    from marsad.errors import MarsadError
    from marsad.store import open_store

    if not db.startswith("sqlite:") and not Path(db).exists():
        raise MarsadError(f"{db}: no such database (run marsad ingest first)")
    return open_store(db).conn


def _emit_json(data: Any) -> None:
    def conv(x: Any) -> Any:
        if dataclasses.is_dataclass(x) and not isinstance(x, type):
            return dataclasses.asdict(x)
        return x

    payload = [conv(x) for x in data] if isinstance(data, list) else conv(data)
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


_NO_WRAP = frozenset({"date", "from", "to", "kind", "type", "article", "story", "relation", "score"})


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title)
    for c in columns:
        table.add_column(c, no_wrap=c in _NO_WRAP, overflow="ellipsis" if c in _NO_WRAP else "fold")
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    Console().print(table)


@click.command("search")
@click.argument("query")
@click.option("--entity", default=None, help="Only articles naming this entity (KB id, English or Arabic name).")
@click.option("--country", default=None, help="ISO3 code of an entity or event actor.")
@click.option("--event-type", default=None, help="PLOVER type (or CAMEO code) of an event in the article.")
@click.option("--from", "date_from", default=None, help="Published on or after YYYY-MM-DD.")
@click.option("--to", "date_to", default=None, help="Published on or before YYYY-MM-DD.")
@click.option("--limit", default=20, show_default=True)
@db_option
@json_option
def search_cmd(
    query: str,
    entity: str | None,
    country: str | None,
    event_type: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    db: str,
    as_json: bool,
) -> None:
    """Arabic full-text search (spelling variants and clitics fold together)."""
    hits = run_search(
        _open(db),
        query,
        entity=entity,
        country=country,
        event_type=event_type,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    )
    if as_json:
        _emit_json(hits)
        return
    _table(
        f"search: {query}",
        ["article", "date", "outlets", "story", "title"],
        [[h.article_id, h.published, ", ".join(h.outlets), h.story_id, h.title] for h in hits],
    )


@click.command("stories")
@click.option("--limit", default=20, show_default=True)
@click.option("--min-size", default=1, show_default=True, help="Only stories with at least this many articles.")
@db_option
@json_option
def stories_cmd(limit: int, min_size: int, db: str, as_json: bool) -> None:
    """Stories, largest first."""
    rows = queries.stories(_open(db), limit=limit, min_size=min_size)
    if as_json:
        _emit_json(rows)
        return
    _table(
        "stories",
        ["story", "articles", "from", "to", "outlets", "title"],
        [[s.id, s.size, s.first_date, s.last_date, len(s.outlets), s.title] for s in rows],
    )


@click.command("story")
@click.argument("story_id")
@db_option
@json_option
def story_cmd(story_id: str, db: str, as_json: bool) -> None:
    """One story: its articles and its timeline."""
    detail = queries.story(_open(db), story_id)
    if detail is None:
        raise click.ClickException(f"no story {story_id}")
    if as_json:
        _emit_json(detail)
        return
    s = detail.story
    _table(
        f"{s.id}: {s.title} ({s.first_date} – {s.last_date})",
        ["article", "date", "outlets", "duplicate of", "title"],
        [[a.id, a.published, ", ".join(a.outlets), a.duplicate_of, a.title] for a in detail.articles],
    )
    _print_timeline("timeline", detail.timeline)


@click.command("related")
@click.argument("article_id")
@click.option("--limit", default=10, show_default=True)
@db_option
@json_option
def related_cmd(article_id: str, limit: int, db: str, as_json: bool) -> None:
    """Articles related to one (duplicates, same story, similar)."""
    rows = queries.related(_open(db), article_id, limit=limit)
    if as_json:
        _emit_json(rows)
        return
    _table(
        f"related to {article_id}",
        ["article", "relation", "score", "date", "story", "title"],
        [[r.id, r.relation, r.score, r.published, r.story_id, r.title] for r in rows],
    )


def _print_timeline(title: str, entries: list[queries.TimelineEntry]) -> None:
    _table(
        title,
        ["date", "kind", "type", "source", "target", "articles", "sources", "summary"],
        [[e.date, e.kind, e.type, e.source, e.target, e.num_articles, e.num_sources, e.summary[:90]] for e in entries],
    )


@click.command("timeline")
@click.option("--entity", default=None, help="KB id, English or Arabic name.")
@click.option("--actors", default=None, help="Two actor codes, e.g. RUS,UKR (either direction).")
@click.option("--story", "story_id", default=None, help="A story id.")
@click.option("--limit", default=200, show_default=True)
@db_option
@json_option
def timeline_cmd(
    entity: str | None, actors: str | None, story_id: str | None, limit: int, db: str, as_json: bool
) -> None:
    """Events in date order, each real-world event once, for an entity, a pair of actors or a story."""
    pair = None
    if actors:
        parts = [p for p in actors.split(",") if p.strip()]
        if len(parts) != 2:
            raise click.BadParameter("give two codes, e.g. RUS,UKR", param_hint="--actors")
        pair = (parts[0], parts[1])
    if not (entity or pair or story_id):
        raise click.UsageError("give --entity, --actors or --story")
    entries = queries.timeline(_open(db), entity=entity, actors=pair, story=story_id, limit=limit)
    if as_json:
        _emit_json(entries)
        return
    _print_timeline(f"timeline {entity or actors or story_id}", entries)


COMMANDS = (search_cmd, stories_cmd, story_cmd, related_cmd, timeline_cmd)

# The names the main CLI plugs in (marsad.cli._PLUGGED).
search = search_cmd
stories = stories_cmd
story = story_cmd
related = related_cmd
timeline = timeline_cmd
