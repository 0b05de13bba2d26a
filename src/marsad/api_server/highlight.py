"""The article text as HTML with entities, time expressions, quotes and events marked.

Entities and times are inline marks (an entity links to its page; a tooltip gives its English
name, role and country); quotes and event sentences are background layers split around the
marks, so spans that overlap still nest correctly.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from marsad.records import Actor, Article


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    open: str
    close: str


def _actor(a: Actor | None) -> str:
    if a is None:
        return "?"
    return a.name_en or a.country or "?"


def marks(art: Article) -> list[Mark]:
    """Non-overlapping inline marks (entities first, then times that fit between them)."""
    out: list[Mark] = []
    for i, e in enumerate(art.entities):
        tip = " · ".join(x for x in (e.name_en, e.role, e.country, e.type) if x)
        attrs = f'class="ent ent-{escape(e.type)}" id="ent-{i}" data-tip="{escape(tip)}" title="{escape(tip)}"'
        if e.kb_id:
            attrs += f' data-kb="{escape(e.kb_id)}"'
            out.append(Mark(e.start, e.end, f'<a href="/ui/entity/{quote(e.kb_id, safe="")}" {attrs}>', "</a>"))
        else:
            out.append(Mark(e.start, e.end, f"<span {attrs}>", "</span>"))
    for i, t in enumerate(art.times):
        tip = escape(" · ".join(x for x in (t.value or "?", t.type) if x))
        out.append(Mark(t.start, t.end, f'<span class="time" id="time-{i}" data-tip="{tip}" title="{tip}">',
                        "</span>"))
    kept: list[Mark] = []
    for m in sorted(out, key=lambda m: (m.start, -(m.end - m.start))):
        if 0 <= m.start < m.end <= len(art.text) and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    return kept


def _layers(art: Article) -> list[tuple[int, int, str, str]]:
    """(start, end, class, tooltip) of quotes and event spans."""
    out = []
    for q in art.quotes:
        out.append((q.start, q.end, "quote", f"{_actor(q.speaker)} · {'direct' if q.direct else 'reported'}"))
    for e in art.events:
        if e.end > e.start:
            tip = f"{e.type} {e.cameo}: {_actor(e.source)} → {_actor(e.target)}" + (" (negated)" if e.negated else "")
            out.append((e.start, e.end, "event", tip))
    return [x for x in out if 0 <= x[0] < x[1] <= len(art.text)]


def _plain(text: str, start: int, end: int, layers: list[tuple[int, int, str, str]]) -> str:
    cuts = sorted({start, end} | {p for s, e, _, _ in layers for p in (s, e) if start < p < end})
    html = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b]).replace("\n", "<br>")
        on = [(c, t) for s, e, c, t in layers if s <= a and b <= e]
        if on:
            classes = " ".join(sorted({c for c, _ in on}))
            tip = escape(" | ".join(dict.fromkeys(t for _, t in on)))
            html.append(f'<span class="{classes}" title="{tip}">{piece}</span>')
        else:
            html.append(piece)
    return "".join(html)


def render(art: Article) -> str:
    """The marked-up article body (safe HTML)."""
    layers = _layers(art)
    out, at = [], 0
    for m in marks(art):
        out.append(_plain(art.text, at, m.start, layers))
        out.append(m.open + _plain(art.text, m.start, m.end, layers) + m.close)
        at = m.end
    out.append(_plain(art.text, at, len(art.text), layers))
    return "".join(out)
