"""Remove portal furniture and split a page into its articles.

The rules are data (``data/clean/furniture.tsv``); this module only knows the
actions. One pass over the lines of a page: furniture lines are dropped or
read for metadata (credited outlet, tags, publication date), a "read also"
line starts the next article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.outlets import outlet_table
from marsad.clean.tags import split_tags
from marsad.resources import read_tsv

ACTIONS = ("glued", "split", "drop_line", "drop_rest", "outlet", "tags", "date", "credit", "header", "byline")
_HEADER_REST_MAX_WORDS = 8  # a longer rest of a header line is article text
_HEADER_ZONE = 4  # lines at the top of a page where bylines and datelines stand
_BYLINE_NAME_MAX_WORDS = 4  # a short line after a byline is the writer's name or a city
_MIN_SPLIT_BODY = 200  # characters of body a "read also" article needs to count as an article


@dataclass(frozen=True, slots=True)
class Rule:
    action: str
    pattern: re.Pattern[str]
    note: str


@cache
def furniture_rules() -> tuple[Rule, ...]:
    rules = []
    for action, pattern, *rest in read_tsv("clean/furniture.tsv", min_columns=3):
        if action not in ACTIONS:
            raise ValueError(f"furniture.tsv: unknown action {action!r}")
        rules.append(Rule(action, re.compile(pattern, re.MULTILINE), rest[0] if rest else ""))
    return tuple(rules)


@dataclass
class Part:
    """One article of a page while it is being cleaned."""

    lines: list[str] = field(default_factory=list)
    title: str | None = None
    outlets: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    date_text: str | None = None

    @property
    def body(self) -> str:
        return "\n".join(self.lines)


def _rules(action: str) -> list[Rule]:
    return [r for r in furniture_rules() if r.action == action]


def _first_group(rule: Rule, line: str) -> str | None:
    m = rule.pattern.search(line)
    if not m:
        return None
    return (m.group(1) if m.groups() else m.group(0)).strip()


def _add_outlet(part: Part, name: str) -> None:
    english = outlet_table().lookup(name) or name.strip()
    if english and english not in part.outlets:
        part.outlets.append(english)


def clean_page(text: str) -> list[Part]:
    """Split ``text`` into articles and strip their furniture."""
    for rule in _rules("glued"):
        text = rule.pattern.sub("", text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    parts = [Part()]
    lines = _read_header_zone(parts[-1], lines)
    pending_title = False
    for line in lines:
        if any(r.pattern.search(line) for r in _rules("drop_rest")):
            break
        if any(r.pattern.search(line) for r in _rules("split")):
            parts.append(Part())
            pending_title = True
            continue
        if _read_furniture(parts[-1], line):
            continue
        if pending_title:
            parts[-1].title = line
            pending_title = False
            continue
        parts[-1].lines.append(line)
    for part in parts:
        _read_credits(part)
    return _merge_short_parts(parts)


def _read_header_zone(part: Part, lines: list[str]) -> list[str]:
    """Credit outlets and drop bylines and datelines at the top of a page; return the rest."""
    if not lines:
        return lines
    first = _read_header(part, lines[0])
    lines = ([first] if first else []) + lines[1:]
    table, in_byline = outlet_table(), False
    for i, line in enumerate(lines[:_HEADER_ZONE]):
        short = len(line.split()) <= _BYLINE_NAME_MAX_WORDS and line[-1] not in ".:؟?!"
        if table.lookup(line):
            _add_outlet(part, line)
        elif _is_byline(line):
            in_byline = True
        elif not (short and (in_byline or i + 1 < len(lines) and _is_byline(lines[i + 1]))):
            return lines[i:]  # a dateline stands just before a byline; a name just after one
    return lines[_HEADER_ZONE:] if len(lines) > _HEADER_ZONE else []


def _is_byline(line: str) -> bool:
    return any(r.pattern.match(line) for r in _rules("byline"))


def _read_header(part: Part, line: str) -> str:
    """Credit the outlet a first line names; return what is left of the line as text."""
    table = outlet_table()
    if table.lookup(line):
        _add_outlet(part, line)
        return ""
    for rule in _rules("header"):
        m = rule.pattern.match(line)
        if m and table.lookup(m.group("outlet")):
            _add_outlet(part, m.group("outlet"))
            rest = (m.group("rest") or "").strip()
            return rest if len(rest.split()) > _HEADER_REST_MAX_WORDS else ""
    return line


def _read_furniture(part: Part, line: str) -> bool:
    """Read a furniture line into ``part``; True when the line is furniture."""
    if any(r.pattern.search(line) for r in _rules("drop_line")):
        return True
    for rule in _rules("outlet"):
        value = _first_group(rule, line)
        if value:
            _add_outlet(part, value)
            return True
    for rule in _rules("tags"):
        value = _first_group(rule, line)
        if value:
            part.tags.extend(t for t in split_tags(value) if t not in part.tags)
            return True
    for rule in _rules("date"):
        value = _first_group(rule, line)
        if value and part.date_text is None:
            part.date_text = value
            return True
    return False


def _read_credits(part: Part) -> None:
    table = outlet_table()
    for rule in _rules("credit"):
        for m in rule.pattern.finditer(part.body):
            found = table.lookup_prefix(m.group(1).split())
            if found and found not in part.outlets:
                part.outlets.append(found)


def _merge_short_parts(parts: list[Part]) -> list[Part]:
    """A "read also" followed by a headline alone is a link, not an article: drop it."""
    kept = [parts[0]]
    for part in parts[1:]:
        if len(part.body) >= _MIN_SPLIT_BODY:
            kept.append(part)
        else:
            kept[-1].lines.extend(part.lines)  # text after a lone link still belongs above
    return kept
