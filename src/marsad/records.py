"""The records Marsad reads and writes: frozen dataclasses that follow
``shared/spec/output.md`` (schema ``marsad.article/1``).

Collections are tuples so that every record is immutable and hashable; a stage
returns a new record with :func:`dataclasses.replace` instead of mutating one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "marsad.article/1"


@dataclass(frozen=True, slots=True)
class Page:
    """A raw page as ingest found it: decoded text or HTML plus what is known
    about it from outside its body (a feed, an XML envelope, the caller)."""

    source: str
    body: str
    kind: str = "text"  # "text" or "html"
    title: str | None = None
    published: str | None = None
    outlets: tuple[str, ...] = ()
    url: str | None = None
    # What the caller supplies for pages that lack it; the page's own wins.
    default_published: str | None = None
    default_outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    start: int
    end: int
    type: str  # PERSON | ORG | GPE | LOC | FAC
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    name_en: str | None = None
    country: str | None = None
    kb_id: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    cameo: str
    source: Actor | None = None
    target: Actor | None = None
    location: Place | None = None
    date: str | None = None
    quantity: int | None = None
    negated: bool = False
    mode: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    trigger: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Actor | None
    text: str
    direct: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None = None
    type: str = "DATE"  # DATE | TIME | DURATION | SET


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    text: str
    part: int = 0
    title: str | None = None
    published: str | None = None
    outlets: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str = "ar"
    url: str | None = None
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    schema: str = field(default=SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        """The article as the JSON object of the output contract: what ``dataclasses.asdict``
        gives (records as dicts, their tuples kept), schema, id and source first, outlets and
        tags as lists; written out because ``asdict`` deep-copies every value and is slow."""
        return {
            "schema": self.schema, "id": self.id, "source": self.source, "text": self.text, "part": self.part,
            "title": self.title, "published": self.published, "outlets": list(self.outlets),
            "tags": list(self.tags), "language": self.language, "url": self.url,
            "entities": tuple(_flat(e) for e in self.entities),
            "events": tuple(_event_dict(e) for e in self.events),
            "quotes": tuple({**_flat(q), "speaker": _flat_or_none(q.speaker)} for q in self.quotes),
            "times": tuple(_flat(t) for t in self.times),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (unknown keys ignored)."""

        def actor(v: dict[str, Any] | None) -> Actor | None:
            return None if v is None else _build(Actor, v)

        def place(v: dict[str, Any] | None) -> Place | None:
            return None if v is None else _build(Place, v)

        events = tuple(
            _build(Event, {**e, "source": actor(e.get("source")), "target": actor(e.get("target")),
                           "location": place(e.get("location"))})
            for e in data.get("events") or ()
        )
        quotes = tuple(
            _build(Quote, {**q, "speaker": actor(q.get("speaker"))}) for q in data.get("quotes") or ()
        )
        return _build(
            cls,
            {
                **data,
                "outlets": tuple(data.get("outlets") or ()),
                "tags": tuple(data.get("tags") or ()),
                "entities": tuple(_build(Entity, e) for e in data.get("entities") or ()),
                "events": events,
                "quotes": quotes,
                "times": tuple(_build(TimeExpr, t) for t in data.get("times") or ()),
            },
        )


def _flat(record: Any) -> dict[str, Any]:
    """A record of plain values as a dict, fields in order (the records have no ClassVar)."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def _flat_or_none(record: Any) -> dict[str, Any] | None:
    return None if record is None else _flat(record)


def _event_dict(e: Event) -> dict[str, Any]:
    d = _flat(e)
    for key in ("source", "target", "location"):
        d[key] = _flat_or_none(d[key])
    return d


def _build(cls: Any, data: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    article_ids: tuple[str, ...]
    first_date: str | None = None
    last_date: str | None = None
