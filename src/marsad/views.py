"""How the command line shows things to people (rich tables)."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table

from marsad.records import Actor, Article


def _console() -> Console:
    return Console(soft_wrap=False)


def _actor(a: Actor | None) -> str:
    if a is None:
        return "-"
    name = a.name_en or "?"
    return f"{name} ({a.country})" if a.country and a.country != name else name


def print_article(article: Article, brief: bool = False) -> None:
    con = _console()
    con.print(f"[bold]{article.title or '(no title)'}[/bold]")
    con.print(f"id {article.id}  part {article.part}  published {article.published or '?'}  "
              f"outlets {', '.join(article.outlets) or '-'}  source {article.source}")
    if article.tags:
        con.print("tags: " + " | ".join(article.tags))
    if not brief:
        con.print(article.text)
    if article.entities:
        names = sorted({e.name_en or e.text for e in article.entities})
        con.print(f"[cyan]entities ({len(article.entities)}):[/cyan] " + ", ".join(names))
    if article.events:
        table = Table("type", "cameo", "source", "target", "where", "date", "mode", title="events")
        for e in article.events:
            table.add_row(e.type + (" (negated)" if e.negated else ""), e.cameo, _actor(e.source),
                          _actor(e.target), e.location.name_en if e.location and e.location.name_en else "-",
                          e.date or "-", e.mode or "-")
        con.print(table)
    if article.quotes and not brief:
        for q in article.quotes:
            con.print(f"[magenta]{_actor(q.speaker)}[/magenta]: {q.text}")
    if article.times and not brief:
        con.print("times: " + ", ".join(f"{t.text} → {t.value or '?'}" for t in article.times))
    con.print()


def print_stats(figures: dict[str, Any], db: str) -> None:
    con = _console()
    table = Table("what", "count", title=db)
    for name, count in figures["counts"].items():
        table.add_row(name, str(count))
    con.print(table)
    span = figures["published"]
    con.print(f"published from {span['first'] or '?'} to {span['last'] or '?'}")
    for key in ("outlets", "entity_types", "event_types"):
        if figures[key]:
            con.print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in list(figures[key].items())[:12]))


def print_scores(scores: dict[str, Any]) -> None:
    con = _console()
    table = Table("section", "P", "R", "F1", "accuracy", "n", title="marsad eval")
    for section, figures in scores.items():
        if not isinstance(figures, dict):
            continue
        rows = [(section, figures)] + [(f"  {section}.{k}", v) for k, v in figures.get("by_type", {}).items()]
        for label, f in rows:
            table.add_row(label, *(_num(f.get(k)) for k in ("precision", "recall", "f1", "accuracy")),
                          str(f.get("n", f.get("gold", ""))))
    con.print(table)


def _num(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_bench(figures: dict[str, Any]) -> None:
    con = _console()
    table = Table("stage", "seconds", "share", "articles/s", "CPU ms/article", "CPU share", title="marsad bench")
    for name, f in figures["stages"].items():
        table.add_row(name, f"{f['seconds']:.3f}", f"{f['share']:.1%}", f"{f['articles_per_s']:.1f}",
                      f"{f.get('cpu_ms_per_article', 0.0):.2f}", f"{f.get('cpu_share', 0.0):.1%}")
    con.print(table)
    con.print(f"{figures['pages']} pages, {figures['articles']} articles in {figures['seconds']:.2f} s: "
              f"{figures['articles_per_s']:.1f} articles/s in total (one process, one core), "
              f"read {figures['read_seconds']:.2f} s, peak memory {figures['peak_mib']:.0f} MiB")
    store = figures.get("store")
    if store:
        con.print(f"store + stories (SQLite: duplicates, story clustering, event merging, search index): "
                  f"{store['articles']} articles in {store['seconds']:.2f} s, {store['articles_per_s']:.1f} "
                  f"articles/s ({store['articles_per_cpu_s']:.1f} per CPU second), {store['stories']} stories")


def print_comparisons(figures: dict[str, Any]) -> None:
    """The side-by-side lines of a bench run (after the stage table)."""
    click.echo(f"per core: {figures['articles_per_s_per_core']:.1f} articles per CPU second "
               f"({figures['cpu_seconds']:.1f} s of CPU in {figures['seconds']:.1f} s; one process, "
               f"this machine has {figures['cores']} cores)")
    h = figures.get("html")
    if h:
        click.echo(f"html ({h['pages']} generated pages): marsad page stage {h['marsad_pages_per_s']:.1f} pages/s, "
                   f"trafilatura alone {h['trafilatura_pages_per_s']:.1f} pages/s, time ratio "
                   f"{h['time_ratio']:.2f}x; word precision/recall marsad {h['marsad_precision']:.3f}/"
                   f"{h['marsad_recall']:.3f}, trafilatura {h['trafilatura_precision']:.3f}/"
                   f"{h['trafilatura_recall']:.3f}")
    d = figures.get("dates")
    if d and d.get("dateparser") and d.get("expressions"):
        click.echo(f"dates ({d['expressions']} expressions): marsad {d['marsad_seconds']:.3f} s, dateparser "
                   f"{d['dateparser_seconds']:.3f} s, time ratio {d['time_ratio']:.3f}x; resolved marsad "
                   f"{d['marsad_resolved']:.1%}, dateparser {d['dateparser_resolved']:.1%}; same day on "
                   f"{d['day_agreement']:.1%} of {d['day_values']} day values")
    elif d is not None:
        click.echo("dates: dateparser is not installed; no comparison (pip install dateparser)")
