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
        """The article as the JSON object of the output contract."""
        d = dataclasses.asdict(self)
        ordered = {"schema": d.pop("schema"), "id": d.pop("id"), "source": d.pop("source")}
        ordered.update(d)
        for key in ("outlets", "tags"):
            ordered[key] = list(ordered[key])
        return ordered

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
