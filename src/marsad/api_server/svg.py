"""Inline SVG drawn in Python: the actor network, event counts by type over time, the world map."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from html import escape
from urllib.parse import quote

PALETTE = {"CONSULT": "#4e79a7", "AGREE": "#59a14f", "COOPERATE": "#76b7b2", "SUPPORT": "#8cd17d",
           "AID": "#b6992d", "REQUEST": "#f1ce63", "CONCEDE": "#9d7660", "RETREAT": "#bab0ac",
           "ACCUSE": "#f28e2b", "REJECT": "#ff9d9a", "THREATEN": "#e15759", "PROTEST": "#d37295",
           "SANCTION": "#b07aa1", "MOBILIZE": "#fabfd2", "COERCE": "#79706e", "ASSAULT": "#a50f15"}


def color(event_type: str) -> str:
    return PALETTE.get(event_type.split("/")[0], "#888")


def network(center: tuple[str, str], partners: list[tuple[str, str, int]],
            links: Counter[tuple[str, str]], size: int = 460, faint: set[str] | None = None) -> str:
    """An ego network: the entity in the middle, the actors it deals with on a circle
    (edge width by number of events), plus the events among those actors. ``faint`` actors are
    only named in the same articles (grey, dashed)."""
    faint = faint or set()
    mid, radius = size / 2, size / 2 - 70
    pos: dict[str, tuple[float, float]] = {center[0]: (mid, mid)}
    for i, (pid, _, _) in enumerate(partners):
        angle = -math.pi / 3 + 2 * math.pi * i / max(1, len(partners))
        pos[pid] = (mid + radius * math.cos(angle), mid + radius * math.sin(angle))
    top = max([w for *_, w in partners] + [1])
    lines = []
    for pid, _, w in partners:
        (x1, y1), (x2, y2) = pos[center[0]], pos[pid]
        style = ('stroke="#bbb" stroke-width="1.2" stroke-dasharray="3 3"' if pid in faint else
                 f'stroke="#4e79a7" stroke-opacity=".55" stroke-width="{1.5 + 5 * w / top:.1f}"')
        lines.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" {style}><title>{w}</title></line>')
    for (a, b), w in links.items():
        if a in pos and b in pos and center[0] not in (a, b):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            lines.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#bbb" '
                         f'stroke-width="{1 + 2 * w / top:.1f}" stroke-dasharray="4 3"/>')
    nodes = [_node(center[0], center[1], *pos[center[0]], 26, "#e15759", center=True)]
    nodes += [_node(pid, label, *pos[pid], 8.0, "#b8b8b8") if pid in faint else
              _node(pid, label, *pos[pid], 10 + 10 * w / top, "#4e79a7", weight=w) for pid, label, w in partners]
    return (f'<svg class="network" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg" '
            f'role="img" aria-label="network">{"".join(lines)}{"".join(nodes)}</svg>')


def _node(nid: str, label: str, x: float, y: float, r: float, fill: str, center: bool = False,
          weight: int = 0) -> str:
    tip = escape(f"{label} ({weight})" if weight else label)
    label = label if len(label) <= 24 else label[:22] + "…"
    dy = r + 14
    circle = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" fill-opacity=".85"/>'
              f'<text x="{x:.1f}" y="{y + dy:.1f}" text-anchor="middle" class="{"c" if center else "n"}" '
              f'direction="ltr">{escape(label)}</text><title>{tip}</title>')
    href = entity_href(nid)
    return f'<a href="{href}">{circle}</a>' if href else f"<g>{circle}</g>"


def entity_href(nid: str) -> str:
    """The page of an actor key: a knowledge-base entity, else a country's search, else none."""
    if ":" in nid or (nid[:1] == "Q" and nid[1:].isdigit()):
        return f"/ui/entity/{quote(nid, safe='')}"
    if len(nid) == 3 and nid.isalpha() and nid.isupper():
        return f"/ui/search?country={nid}"
    return ""


def type_bars(by_month: dict[str, Counter[str]], width: int = 640, height: int = 240) -> str:
    """Stacked bars: event mentions per period (day or month), coloured by PLOVER type."""
    if not by_month:
        return '<p class="empty">لا أحداث بعد · no events yet</p>'
    months = list(by_month)
    top = max(sum(by_month[m].values()) for m in months) or 1
    left, bottom, plot_h = 40, 30, height - 50
    step = (width - left - 10) / len(months)
    bar_w = min(48.0, step * 0.7)
    parts = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="{left - 6}" y="{height - bottom - plot_h + 4}" text-anchor="end" class="ax">{top}</text>',
             f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end" class="ax">0</text>']
    for i, m in enumerate(months):
        x, y = left + i * step + (step - bar_w) / 2, float(height - bottom)
        for typ, n in sorted(by_month[m].items(), key=lambda kv: -kv[1]):
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{color(typ)}">'
                         f"<title>{escape(m)} · {typ}: {n}</title></rect>")
        if len(months) <= 12 or i % max(1, len(months) // 8) == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                         f'class="ax">{escape(m)}</text>')
    return (f'<svg class="bars" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-label="events by type per month" direction="ltr">{"".join(parts)}</svg>')


def legend(types: list[str]) -> str:
    return "".join(f'<span class="key"><i style="background:{color(t)}"></i>{escape(t)}</span>' for t in types)


@cache
def _world_svg() -> str:
    from marsad.api_server.app import static_dir

    return (static_dir() / "world.svg").read_text(encoding="utf-8")


_PATH = re.compile(r'<path id="([A-Z]{3}|-99)" data-name="([^"]*)" (d="[^"]*")/>')


def world_map(counts: Counter[str], names: dict[str, str] | None = None) -> str:
    """The bundled world map, each country shaded by its number of events, with a tooltip and a link."""
    top = max(counts.values(), default=0) or 1

    def paint(m: re.Match[str]) -> str:
        iso, name, d = m.group(1), m.group(2), m.group(3)
        n = counts.get(iso, 0)
        shade = f"hsl(8, 70%, {88 - 50 * math.sqrt(n / top):.0f}%)" if n else "#e8e6e1"
        label = f"{name} · {(names or {}).get(iso, '')} · {n}".replace(" ·  ·", " ·")
        path = f'<path id="{iso}" {d} fill="{shade}" class="{"hit" if n else ""}"><title>{label}</title></path>'
        return f'<a href="/ui/search?country={iso}">{path}</a>' if n else path

    return _PATH.sub(paint, _world_svg()).replace('class="world"', 'class="world" role="img" aria-label="map"', 1)
