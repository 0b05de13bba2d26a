"""Readers for the development corpora (tests and tools only): ANT TREC-style
XML files (ant-2018-03) and one-article-per-file texts (ahdath). The page
stage of the pipeline produces the same fields from real pages; these readers
exist so clustering can be developed and evaluated without it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

from marsad.normalize import normalize
from marsad.records import Article

ANT_OUTLETS = {
    "alarabia": "Al Arabiya",
    "BBC": "BBC Arabic",
    "CNN": "CNN Arabic",
    "france24": "France 24",
    "skynews": "Sky News Arabia",
}
_TAG = re.compile(r"<(TITLE|TIME|TEXT|SRC|URL)>\s*(.*?)\s*</\1>", re.S)


def text_id(text: str) -> str:
    """Id in the manner of the output contract: a hash of the normalized text."""
    return hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:16]


def read_ant(path: Path) -> Article:
    fields = {m.group(1): m.group(2) for m in _TAG.finditer(path.read_text(encoding="utf-8"))}
    published = None
    if fields.get("TIME"):
        try:
            published = parsedate_to_datetime(fields["TIME"]).date().isoformat()
        except (TypeError, ValueError):
            published = None
    text = fields.get("TEXT", "")
    src = fields.get("SRC", "")
    return Article(
        id=text_id(text),
        source=str(path),
        text=text,
        title=fields.get("TITLE") or None,
        published=published,
        outlets=(ANT_OUTLETS.get(src, src),) if src else (),
        url=fields.get("URL"),
    )


def read_ahdath(path: Path) -> Article:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if lines and lines[0].lower().startswith("ahdath"):
        lines = lines[1:]
    text = "\n".join(lines)
    return Article(id=text_id(text), source=str(path), text=text, outlets=("Ahdath.info",))


def read_folder(folder: Path) -> Iterator[Article]:
    """Articles of a corpus folder in file-name order (ANT files by date then name)."""
    files = sorted(folder.glob("*.txt"))
    if folder.name.startswith("ant"):
        files.sort(key=lambda p: (p.stem.rsplit("-", 1)[-1], p.name))
        return (read_ant(p) for p in files)
    return (read_ahdath(p) for p in files)
