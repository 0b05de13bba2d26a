"""Readers: files, directories, standard input, URLs and feeds become pages.

Every reader yields :class:`~marsad.records.Page` objects lazily, so a large
input streams. What the caller supplies (``published``, ``outlets``) travels
as the page's defaults; what a page states about itself wins.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from marsad.errors import InputError
from marsad.ingest.decode import decode
from marsad.ingest.fetch import fetch_url
from marsad.records import Page

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TREC_SUFFIXES = {".xml", ".sgml", ".trec"}
TIMEML_SUFFIXES = {".tml", ".timeml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TREC_SUFFIXES | TIMEML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES

_TREC_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_HTML_HINT = re.compile(r"<(?:html|body|div|p|article|head|meta)\b", re.IGNORECASE)
_FEED_HINT = re.compile(r"<(?:rss|feed)\b", re.IGNORECASE)


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files named or found under directories (recursively, known suffixes), URLs and ``-``."""
    out: list[str] = []
    for item in paths:
        s = str(item)
        if s == "-" or s.startswith(("http://", "https://")):
            out.append(s)
            continue
        p = Path(s)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*"))
                       if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES and not f.name.startswith("."))
        elif p.exists():
            out.append(s)
        else:
            raise InputError(s, "no such file or directory")
    return out


def read_pages(paths: Iterable[str | Path], *, published: str | None = None,
               outlets: tuple[str, ...] = ()) -> Iterator[Page]:
    """Pages from every path (see :func:`expand_paths`), in order."""
    for name in expand_paths(paths):
        yield from read_one(name, published=published, outlets=outlets)


def read_one(name: str, *, published: str | None = None, outlets: tuple[str, ...] = ()) -> Iterator[Page]:
    """Pages from one file, ``-`` (standard input) or URL."""
    if name == "-":
        data, suffix = sys.stdin.buffer.read(), ""
    elif name.startswith(("http://", "https://")):
        data, suffix = fetch_url(name), ""
    else:
        path = Path(name)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            for page in read_jsonl(path):
                yield _with_defaults(page, published, outlets)
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(name, exc.strerror or "cannot be read") from exc
    text = decode(data, name)
    for page in pages_from_text(text, name, suffix):
        yield _with_defaults(page, published, outlets)


def _with_defaults(page: Page, published: str | None, outlets: tuple[str, ...]) -> Page:
    return replace(page, default_published=published or page.default_published,
                   default_outlets=outlets or page.default_outlets)


def pages_from_text(text: str, name: str, suffix: str = "") -> list[Page]:
    """Pages in decoded ``text``; the format comes from the suffix or is sniffed."""
    head = text[:2000]
    if suffix in JSON_SUFFIXES:
        return _pages_from_json(text, name)
    if suffix in TREC_SUFFIXES or (not suffix and "<DOC>" in head.upper()) or head.lstrip().upper().startswith("<DOC>"):
        return read_trec(text, name)
    if suffix in TIMEML_SUFFIXES or "<TimeML" in head:
        return [Page(source=name, body=strip_timeml(text))]
    if suffix not in TEXT_SUFFIXES and _FEED_HINT.search(head):
        from marsad.ingest.feeds import read_feed

        return read_feed(text, name)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _HTML_HINT.search(head)):
        return [Page(source=name, body=text, kind="html", url=name if name.startswith("http") else None)]
    return [Page(source=name, body=text)]


def strip_timeml(text: str) -> str:
    """The text of a TimeML document, its tags and XML preamble removed."""
    text = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", text)
    return _TAG.sub("", text).strip()


def _field(doc: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.DOTALL | re.IGNORECASE)
    return m.group(1).strip() if m and m.group(1).strip() else None


def read_trec(text: str, name: str) -> list[Page]:
    """TREC-style ``<DOC>`` records: DOCNO, URL, SRC, TITLE, TIME, TEXT."""
    from marsad.clean.outlets import outlet_table
    from marsad.time.dates import parse_date

    pages = []
    for m in _TREC_DOC.finditer(text):
        doc = m.group(1)
        body = _field(doc, "TEXT") or _field(doc, "ABSTRACT")
        if not body:
            continue
        src = _field(doc, "SRC")
        outlet = (outlet_table().lookup(src) or src) if src else None
        docno = _field(doc, "DOCNO")
        time_text = _field(doc, "TIME")
        pages.append(Page(
            source=f"{name}#{docno}" if docno and text.upper().count("<DOC>") > 1 else name,
            body=_TAG.sub("", body),
            title=_field(doc, "TITLE"),
            published=parse_date(time_text) if time_text else None,
            outlets=(outlet,) if outlet else (),
            url=_field(doc, "URL"),
        ))
    if not pages:
        raise InputError(name, "no <DOC> record with text")
    return pages


def _page_from_object(obj: object, name: str) -> Page:
    if not isinstance(obj, dict):
        raise InputError(name, "a JSON record must be an object")
    body = obj.get("text") or obj.get("html") or obj.get("content") or obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise InputError(name, "a JSON record needs a non-empty 'text' or 'html' field")
    outlets = obj.get("outlets") or ([obj["outlet"]] if obj.get("outlet") else [])
    url = obj.get("url")
    return Page(
        source=str(url or obj.get("id") or name),
        body=body,
        kind="html" if "text" not in obj and "html" in obj else "text",
        title=obj.get("title"),
        published=obj.get("published") or obj.get("date"),
        outlets=tuple(str(o) for o in outlets),
        url=url,
    )


def read_jsonl(path: Path) -> Iterator[Page]:
    """One page per line of a JSON-lines file (streams: the file is never read whole)."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 (a generator: the with below closes it)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from exc
    with fh:
        seen = False
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(decode(raw, where))
            except json.JSONDecodeError as exc:
                raise InputError(where, f"not valid JSON ({exc.msg})") from exc
            seen = True
            yield _page_from_object(obj, where)
        if not seen:
            raise InputError(str(path), "empty")


def _pages_from_json(text: str, name: str) -> list[Page]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"not valid JSON ({exc.msg})") from exc
    items = data if isinstance(data, list) else [data]
    return [_page_from_object(obj, f"{name}[{i}]") for i, obj in enumerate(items)]
