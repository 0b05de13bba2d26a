"""``marsad kb``: inspect and extend the knowledge base.

The bundled knowledge base is read-only; ``add`` and ``merge`` write rows to a
user TSV (default ``./marsad-kb.tsv``) that ``--kb FILE`` loads beside it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from marsad.kb.model import COLUMNS, Entry, KnowledgeBase, parse_roles

DEFAULT_USER_KB = "marsad-kb.tsv"
_HEADER = "# Marsad user knowledge base (same columns as the bundled files)\n# " + "\t".join(COLUMNS) + "\n"


def _load(paths: tuple[str, ...]) -> KnowledgeBase:
    extra = [p for p in paths if Path(p).exists()]
    return KnowledgeBase.load(extra)


def _find(kb: KnowledgeBase, key: str) -> list[Entry]:
    entry = kb.get(key)
    if entry is not None:
        return [entry]
    exact = kb.lookup(key)
    return exact or kb.search(key)


def _append(path: str, row: list[str]) -> None:
    p = Path(path)
    new = not p.exists() or p.stat().st_size == 0
    with open(p, "a", encoding="utf-8") as fh:
        if new:
            fh.write(_HEADER)
        fh.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) + "\n")


def _line(e: Entry | dict[str, Any]) -> str:
    if isinstance(e, Entry):
        role = e.roles[0].title if e.roles else ""
        return f"{e.id}\t{e.type}\t{e.name_en}\t{e.country or '-'}\t{e.name_ar}\t{role}"
    roles = ", ".join(e.get("roles") or [])
    return (
        f"{e.get('id')}\t{e.get('type', 'PERSON')}\t{e.get('name_en') or ''}\t{e.get('country') or '-'}\t"
        f"{e.get('name_ar', '')}\t{roles}\t{e.get('mentions', 0)} mentions"
    )


@click.group("kb")
def kb() -> None:
    """Inspect and extend the knowledge base."""


_kb_option = click.option(
    "--kb",
    "kb_paths",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Extra knowledge-base TSV (default ./marsad-kb.tsv when present).",
)


def _paths(kb_paths: tuple[str, ...]) -> tuple[str, ...]:
    return kb_paths or (DEFAULT_USER_KB,)


@kb.command("list")
@click.option("--type", "typ", help="PERSON, ORG, GPE, LOC or FAC.")
@click.option("--country", help="ISO 3166-1 alpha-3 code.")
@click.option("--provisional", is_flag=True, help="Persons learned from the corpus (read from the store).")
@click.option("--db", default="marsad.db", show_default=True, help="Store the learned entries live in.")
@_kb_option
def list_cmd(
    typ: str | None, country: str | None, provisional: bool, db: str, kb_paths: tuple[str, ...]
) -> None:
    """List entries (or, with --provisional, the persons learned from the corpus)."""
    if provisional:
        from marsad.store import open_store

        if not Path(db).exists():
            raise click.ClickException(f"{db}: no such store (run `marsad ingest` first)")
        store = open_store(db)
        rows: list[Any] = store.learned()
        rows = [
            r
            for r in rows
            if (not typ or r.get("type", "PERSON") == typ.upper())
            and (not country or (r.get("country") or "") == country.upper())
        ]
        rows.sort(key=lambda r: (-int(r.get("mentions") or 0), r.get("name_ar", "")))
    else:
        base = _load(_paths(kb_paths))
        rows = [
            e
            for e in base.entries.values()
            if (not typ or e.type == typ.upper()) and (not country or e.country == country.upper())
        ]
    for r in rows:
        click.echo(_line(r))
    click.echo(f"{len(rows)} entries", err=True)


@kb.command("show")
@click.argument("id_or_name")
@_kb_option
def show_cmd(id_or_name: str, kb_paths: tuple[str, ...]) -> None:
    """Show an entry by id, Arabic or English name (JSON)."""
    found = _find(_load(_paths(kb_paths)), id_or_name)
    if not found:
        raise click.ClickException(f"{id_or_name}: not in the knowledge base")
    for e in found[:10]:
        click.echo(json.dumps(e.to_dict(), ensure_ascii=False, indent=2))


@kb.command("add")
@click.option("--id", "kb_id", help="Stable id (a Wikidata QID where known); default u:<english name>.")
@click.option("--type", "typ", required=True, type=click.Choice(["PERSON", "ORG", "GPE", "LOC", "FAC"]))
@click.option("--en", "name_en", required=True, help="Canonical English name.")
@click.option("--ar", "name_ar", required=True, help="Arabic name.")
@click.option("--variant", "variants", multiple=True, help="Arabic variant spelling (repeat).")
@click.option("--country", default="", help="ISO 3166-1 alpha-3.")
@click.option("--sector", default="", help="GOV, MIL, IGO, MED …")
@click.option(
    "--role", "roles", multiple=True, help="Role@start/end, e.g. 'Minister of Defence@2023-09-06/'."
)
@click.option("--file", "path", default=DEFAULT_USER_KB, show_default=True, help="User TSV to write to.")
def add_cmd(
    kb_id: str | None,
    typ: str,
    name_en: str,
    name_ar: str,
    variants: tuple[str, ...],
    country: str,
    sector: str,
    roles: tuple[str, ...],
    path: str,
) -> None:
    """Add an entry (or new names and roles for an existing id) to a user TSV."""
    parse_roles(";".join(roles))  # validate early
    kb_id = kb_id or "u:" + "-".join(name_en.lower().split())
    _append(
        path,
        [kb_id, typ, name_en, country.upper(), name_ar, "|".join(variants), sector, ";".join(roles), "user"],
    )
    click.echo(f"added {kb_id} to {path}")


@kb.command("merge")
@click.argument("keep")
@click.argument("other")
@click.option("--file", "path", default=DEFAULT_USER_KB, show_default=True, help="User TSV to write to.")
@_kb_option
def merge_cmd(keep: str, other: str, path: str, kb_paths: tuple[str, ...]) -> None:
    """Merge entry OTHER into KEEP: OTHER's names and roles then link to KEEP."""
    base = _load(_paths(kb_paths))
    for key in (keep, other):
        if base.get(key) is None:
            raise click.ClickException(f"{key}: no entry with this id")
    _append(path, [other, "MERGED", keep, "", "", "", "", "", "user"])
    click.echo(f"merged {other} into {keep} ({path})")


@kb.command("export")
@click.option("--format", "fmt", type=click.Choice(["tsv", "jsonl"]), default="tsv", show_default=True)
@_kb_option
def export_cmd(fmt: str, kb_paths: tuple[str, ...]) -> None:
    """Write the whole knowledge base (bundled plus user files) to stdout."""
    base = _load(_paths(kb_paths))
    out = sys.stdout
    if fmt == "tsv":
        out.write(_HEADER)
    for e in sorted(base.entries.values(), key=lambda e: e.rank):
        if fmt == "tsv":
            out.write("\t".join(e.to_row()) + "\n")
        else:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
