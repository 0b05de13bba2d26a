"""Response and request models (the article record follows shared/spec/output.md)."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ActorOut(BaseModel):
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


class PlaceOut(BaseModel):
    name_en: str | None = None
    country: str | None = None
    kb_id: str | None = None


class EntityOut(BaseModel):
    text: str
    start: int
    end: int
    type: str
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    role: str | None = None


class EventOut(BaseModel):
    type: str
    cameo: str | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    location: PlaceOut | None = None
    date: str | None = None
    quantity: int | None = None
    negated: bool = False
    mode: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    trigger: str | None = None


class QuoteOut(BaseModel):
    speaker: ActorOut | None = None
    text: str
    direct: bool
    start: int
    end: int


class TimeOut(BaseModel):
    text: str
    start: int
    end: int
    value: str | None = None
    type: str = "DATE"


class ArticleOut(BaseModel):
    """One article record, schema ``marsad.article/1``."""

    schema_: str = Field("marsad.article/1", alias="schema")
    id: str
    source: str
    part: int = 0
    title: str | None = None
    published: str | None = None
    outlets: list[str] = []
    tags: list[str] = []
    language: str = "ar"
    url: str | None = None
    text: str
    entities: list[EntityOut] = []
    events: list[EventOut] = []
    quotes: list[QuoteOut] = []
    times: list[TimeOut] = []

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    outlets: list[str] = []
    source: str
    story_id: str | None = None
    entities: int = 0
    events: int = 0


class Page(BaseModel, Generic[T]):
    """A page of results; pass ``next_cursor`` back as ``cursor`` for the next one (null: no more)."""

    items: list[T]
    next_cursor: str | None = None


class EntitySummary(BaseModel):
    id: str
    name_en: str | None = None
    type: str
    country: str | None = None
    mentions: int
    articles: int
    names: list[str] = []


class RoleOut(BaseModel):
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    source: Literal["kb", "text"] = "kb"


class Partner(BaseModel):
    id: str
    name: str
    country: str | None = None
    events: int = 0
    types: dict[str, int] = {}


class EntityDetail(EntitySummary):
    roles: list[RoleOut] = []
    article_ids: list[str] = []
    partners: list[Partner] = []
    timeline: list[TimelineOut] = []


class EventRow(EventOut):
    article_id: str
    idx: int
    published: str | None = None
    cluster_id: str | None = None
    story_id: str | None = None


class StoryOut(BaseModel):
    id: str
    title: str | None = None
    size: int
    first_date: str | None = None
    last_date: str | None = None
    outlets: list[str] = []


class ArticleRefOut(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    outlets: list[str] = []
    story_id: str | None = None
    score: float | None = None
    relation: str | None = None
    duplicate_of: str | None = None


class TimelineOut(BaseModel):
    date: str | None = None
    kind: str
    type: str | None = None
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    summary: str
    num_mentions: int
    num_articles: int
    num_sources: int
    article_ids: list[str]
    story_id: str | None = None
    id: str


class StoryDetailOut(BaseModel):
    story: StoryOut
    articles: list[ArticleRefOut]
    timeline: list[TimelineOut]


class HitOut(BaseModel):
    article_id: str
    title: str | None = None
    published: str | None = None
    outlets: list[str] = []
    story_id: str | None = None
    score: float
    snippet: str = ""
    matched_in: list[str] = []


class Health(BaseModel):
    status: str
    schema_: str = Field("marsad.article/1", alias="schema")
    articles: int
    version: str

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class IngestRequest(BaseModel):
    """Exactly one of ``text``, ``html`` or ``url``."""

    text: str | None = Field(None, description="plain text of a page")
    html: str | None = Field(None, description="HTML of a page")
    url: str | None = Field(None, max_length=2048, description="http(s) URL to fetch")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    outlets: list[str] = Field(default_factory=list, max_length=20)
    source: str | None = Field(None, max_length=500)


class IngestResult(BaseModel):
    articles: int
    added: int
    ids: list[str]


class ErrorOut(BaseModel):
    error: str
    detail: list[dict[str, object]] | str | None = None


EntityDetail.model_rebuild()
