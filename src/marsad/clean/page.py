"""The page stage (``page/v1``): one raw page in, clean article records out.

HTML → main text and metadata (trafilatura) → furniture removal and
splitting (``furniture.clean_page``) → title, date, outlets and tags per
article → stable id from the normalized text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from marsad.clean.furniture import Part, clean_page
from marsad.clean.outlets import outlet_table
from marsad.normalize import fix_letters, normalize
from marsad.records import Article, Page
from marsad.resources import read_tsv

_TITLE_MAX_CHARS = 160
_TITLE_MAX_WORDS = 25
_TITLE_MIN_WORDS = 2
_BODY_MIN_WORDS = 8


def article_id(text: str) -> str:
    """Stable id: a hash of the normalized, whitespace-collapsed text."""
    key = " ".join(normalize(text).split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class HtmlContent:
    text: str
    title: str | None
    date: str | None
    sitename: str | None


def extract_html(html: str, url: str | None = None) -> HtmlContent:
    """Main text and metadata of an HTML page (trafilatura), or empty text."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        # only dates the page declares (meta tags, structured data): a guess from "© 2024" is worse than none
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return HtmlContent("", None, None, None)
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return HtmlContent(get("text") or "", get("title"), get("date"), get("sitename"))


@cache
def _bad_title_endings() -> frozenset[str]:
    words: set[str] = set()
    for _cls, listed, *_ in read_tsv("clean/title_words.tsv", min_columns=2):
        words.update(normalize(w) for w in listed.split())
    return frozenset(words)


def _looks_like_title(line: str, rest: list[str]) -> bool:
    """A headline: a short first line with no final stop, not a paragraph broken across
    lines (it does not end on a function word), followed by a real paragraph."""
    words = line.split()
    if not words or not line[0].isalnum():
        return False
    if not rest or len(line) > _TITLE_MAX_CHARS or not _TITLE_MIN_WORDS <= len(words) <= _TITLE_MAX_WORDS:
        return False
    if normalize(words[-1]) in _bad_title_endings() or len(rest[0].split()) < _BODY_MIN_WORDS:
        return False
    return not line.rstrip().endswith((".", ":", "،", ","))


def _parse_date(text: str | None) -> str | None:
    if not text:
        return None
    from marsad.time.dates import parse_date

    return parse_date(text)


class PageCleaner:
    """Stage ``page/v1``."""

    name = "page/v1"

    def __init__(self, resources: object | None = None) -> None:
        self.resources = resources

    def __call__(self, page: Page) -> list[Article]:
        body, title, outlets = page.body, page.title, list(page.outlets)
        meta_date = None
        if page.kind == "html":
            content = extract_html(body, page.url)
            body = content.text
            title = title or content.title
            meta_date = _parse_date(content.date)
            site = content.sitename and outlet_table().lookup(content.sitename)
            if site and site not in outlets:
                outlets.append(site)
        parts = clean_page(body)
        articles = []
        for index, part in enumerate(parts):
            article = self._article(page, index, part, title if index == 0 else None,
                                    meta_date if index == 0 else None, outlets if index == 0 else [])
            if article is not None:
                articles.append(article)
        return articles

    def _article(self, page: Page, index: int, part: Part, title: str | None,
                 meta_date: str | None, outlets: list[str]) -> Article | None:
        """One record. Its date: the page's envelope (feed, XML, JSON), then a visible date
        line, then an HTML meta tag, then what the caller supplied; a "read also" article
        (part > 0) does not inherit the page's date: it was published on another day."""
        lines = list(part.lines)
        title = part.title or title
        if title is None and lines and _looks_like_title(lines[0], lines[1:]):
            title = lines.pop(0)
        elif title is not None and lines and normalize(lines[0]) == normalize(title):
            lines.pop(0)  # the headline repeated at the top of the body
        text = fix_letters("\n".join(lines))
        if not text.strip():
            return None
        own = page.published if index == 0 else None
        published = own or _parse_date(part.date_text) or meta_date or page.default_published
        credited = list(dict.fromkeys([*outlets, *part.outlets])) or list(page.default_outlets)
        return Article(
            id=article_id(text),
            source=page.source,
            part=index,
            title=fix_letters(title) if title else None,
            published=published,
            outlets=tuple(credited),
            tags=tuple(part.tags),
            text=text,
            url=page.url,
        )
