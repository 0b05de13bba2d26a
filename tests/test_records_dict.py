"""Article.to_dict is written out by hand for speed: it must give what dataclasses.asdict gave."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.records import Actor, Article, Entity, Event, Place, Quote, TimeExpr


def _reference(article: Article) -> dict[str, Any]:
    d = dataclasses.asdict(article)
    ordered = {"schema": d.pop("schema"), "id": d.pop("id"), "source": d.pop("source")}
    ordered.update(d)
    for key in ("outlets", "tags"):
        ordered[key] = list(ordered[key])
    return ordered


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


_opt = st.none() | st.text(max_size=5)
_actor = st.none() | st.builds(Actor, _opt, _opt, _opt, _opt)
_events = st.lists(st.builds(Event, st.text(max_size=3), st.text(max_size=3), _actor, _actor,
                             st.none() | st.builds(Place, _opt, _opt, _opt), _opt,
                             st.none() | st.integers(0, 9), st.booleans()), max_size=3)


@settings(max_examples=60, deadline=None)
@given(_events, st.lists(st.builds(Entity, st.text(max_size=4), st.integers(0, 9), st.integers(0, 9),
                                   st.sampled_from(["PERSON", "GPE"]), _opt, _opt, _opt, _opt), max_size=3),
       st.lists(st.builds(Quote, _actor, st.text(max_size=4), st.booleans(), st.integers(0, 9), st.integers(0, 9)),
                max_size=2),
       st.lists(st.builds(TimeExpr, st.text(max_size=4), st.integers(0, 9), st.integers(0, 9), _opt), max_size=2),
       st.lists(st.text(max_size=3), max_size=2), _opt)
def test_to_dict_is_asdict_in_contract_order(events: list[Event], entities: list[Entity], quotes: list[Quote],
                                             times: list[TimeExpr], outlets: list[str], title: str | None) -> None:
    article = Article(id="x", source="s", text="نص", title=title, published="2024-03-14", outlets=tuple(outlets),
                      entities=tuple(entities), events=tuple(events), quotes=tuple(quotes), times=tuple(times))
    got, want = article.to_dict(), _reference(article)
    assert _same(got, want)
    assert json.dumps(got, ensure_ascii=False) == json.dumps(want, ensure_ascii=False)
    assert Article.from_dict(got) == article
