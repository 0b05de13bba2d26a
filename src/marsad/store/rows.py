"""Flat table rows for an article's entities, events, quotes and times."""

from __future__ import annotations

from typing import Any

from marsad.records import Actor, Article

ENTITY_COLUMNS = ("article_id", "idx", "text", "start", "end", "type", "kb_id", "name_en", "country", "role")
EVENT_COLUMNS = ("article_id", "idx", "type", "cameo", "source_name", "source_kb_id", "source_country",
                 "source_sector", "target_name", "target_kb_id", "target_country", "target_sector",
                 "location_name", "location_country", "date", "quantity", "negated", "mode", "sentence",
                 "start", "end")
QUOTE_COLUMNS = ("article_id", "idx", "speaker_name", "speaker_kb_id", "speaker_country", "text", "direct",
                 "start", "end")
TIME_COLUMNS = ("article_id", "idx", "text", "start", "end", "value")


def _actor(a: Actor | None) -> tuple[Any, ...]:
    return (a.name_en, a.kb_id, a.country, a.sector) if a else (None, None, None, None)


def child_rows(a: Article) -> list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    """(table, columns, rows) for every child table of ``a``."""
    entities = [(a.id, i, e.text, e.start, e.end, e.type, e.kb_id, e.name_en, e.country, e.role)
                for i, e in enumerate(a.entities)]
    events = [(a.id, i, e.type, e.cameo, *_actor(e.source), *_actor(e.target),
               e.location.name_en if e.location else None, e.location.country if e.location else None,
               e.date, e.quantity, int(e.negated), e.mode, e.sentence, e.start, e.end)
              for i, e in enumerate(a.events)]
    quotes = [(a.id, i, *_actor(q.speaker)[:3], q.text, int(q.direct), q.start, q.end)
              for i, q in enumerate(a.quotes)]
    times = [(a.id, i, t.text, t.start, t.end, t.value) for i, t in enumerate(a.times)]
    return [("entities", ENTITY_COLUMNS, entities), ("events", EVENT_COLUMNS, events),
            ("quotes", QUOTE_COLUMNS, quotes), ("times", TIME_COLUMNS, times)]
