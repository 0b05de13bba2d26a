"""RSS and Atom feeds: each item becomes a page (its content or summary, link and date).

Items are not fetched one by one: a feed's own text is what is read, so an
offline run stays offline. Fetch the linked pages with ``marsad ingest URL``.
"""

from __future__ import annotations

from lxml import etree

from marsad.errors import InputError
from marsad.records import Page


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(item: etree._Element, *names: str) -> str | None:
    for child in item:
        if _local(child.tag) in names:
            if _local(child.tag) == "link" and child.get("href"):
                return str(child.get("href"))
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def read_feed(text: str, name: str) -> list[Page]:
    from marsad.time.dates import parse_date

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(name, f"broken feed ({exc})") from exc
    if root is None:
        raise InputError(name, "broken feed")
    pages = []
    for item in root.iter():
        if _local(item.tag) not in ("item", "entry"):
            continue
        body = _child_text(item, "encoded", "content", "description", "summary")
        if not body:
            continue
        link = _child_text(item, "link", "guid", "id")
        date = _child_text(item, "pubdate", "published", "updated", "date")
        pages.append(Page(source=link or name, body=body, kind="html" if "<" in body else "text",
                          title=_child_text(item, "title"), published=parse_date(date) if date else None,
                          url=link))
    if not pages:
        raise InputError(name, "a feed with no items")
    return pages
