"""The article highlighter: whatever spans overlap, the text is kept whole and tags nest."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from marsad.api_server.highlight import render
from marsad.records import Actor, Article, Entity, Event, Quote, TimeExpr

TEXT = "قال وزير الخارجية التركي هاكان فيدان يوم الاثنين إن أنقرة مستعدة <لاستضافة> المحادثات & غيرها.\nوأضاف"


class Nesting(HTMLParser):
    VOID = {"br"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def _text_of(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br>", "\n")))


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))).map(sorted).filter(lambda p: p[0] < p[1])


@given(st.lists(spans, max_size=6), st.lists(spans, max_size=4), st.lists(spans, max_size=3),
       st.lists(spans, max_size=3))
def test_render_keeps_text_and_nests(ents: list, times: list, quotes: list, events: list) -> None:
    art = Article(
        id="x", source="s", text=TEXT,
        entities=tuple(Entity(TEXT[a:b], a, b, "PERSON", kb_id="p:fidan", name_en="Hakan <Fidan>") for a, b in ents),
        times=tuple(TimeExpr(TEXT[a:b], a, b, "2025-02-24") for a, b in times),
        quotes=tuple(Quote(Actor("Hakan Fidan"), TEXT[a:b], True, a, b) for a, b in quotes),
        events=tuple(Event("CONSULT", "040", Actor("A"), Actor("B"), start=a, end=b) for a, b in events),
    )
    markup = render(art)
    assert _text_of(markup) == TEXT
    parser = Nesting()
    parser.feed(markup)
    assert parser.ok and not parser.stack
    assert "<Fidan>" not in markup and "<لاستضافة>" not in markup


def test_entity_links_to_its_page_with_english_tooltip() -> None:
    start = TEXT.index("هاكان")
    end = TEXT.index(" يوم")
    art = Article(id="x", source="s", text=TEXT, entities=(
        Entity(TEXT[start:end], start, end, "PERSON", "p:fidan", "Hakan Fidan", "TUR", "Minister of Foreign Affairs"),))
    markup = render(art)
    assert '<a href="/ui/entity/p%3Afidan"' in markup
    assert 'title="Hakan Fidan · Minister of Foreign Affairs · TUR · PERSON"' in markup
