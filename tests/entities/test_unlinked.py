"""The CRF's spans turned into entities: particles and hyphenated spans dropped, a surname alone
linked to the longer name it ends."""

from __future__ import annotations

from marsad.entities.lexicon import lexicon
from marsad.entities.named import named_after
from marsad.entities.tokens import tokenize
from marsad.entities.unlinked import unlinked
from marsad.normalize import normalize_with_offsets
from marsad.records import Entity


def spans(text: str, *words: str) -> list[tuple[int, int, str]]:
    norm = normalize_with_offsets(text)
    out = []
    for w in words:
        s = norm.text.index(w)
        out.append((s, s + len(w), "PERSON"))
    return out


def test_a_particle_or_a_hyphenated_span_is_not_a_person() -> None:
    text = "الطريق بين بومالن - دادس وامسمرير، وقال عز الدين"
    norm = normalize_with_offsets(text)
    got = unlinked(spans(text, "بومالن - دادس", "الدين"), [], norm, lexicon())
    assert got == []


def test_a_surname_alone_takes_the_link_of_the_full_name() -> None:
    text = "قال صالح هابيمانا إن الاتفاق مهم. وأضاف هابيمانا أن"
    norm = normalize_with_offsets(text)
    full = Entity("صالح هابيمانا", 4, 17, "PERSON", "L:abc", None, "RWA", "Ambassador")
    s = text.rindex("هابيمانا")
    got = unlinked([(s, s + len("هابيمانا"), "PERSON")], [full], norm, lexicon())
    assert len(got) == 1
    assert (got[0].text, got[0].kb_id, got[0].country, got[0].role) == ("هابيمانا", "L:abc", "RWA", "Ambassador")


def test_a_head_inside_a_person_span_makes_it_an_institution() -> None:
    text = "وقالت راديو ميتري إن"
    norm = normalize_with_offsets(text)
    s = text.index("راديو")
    person = Entity("راديو ميتري", s, s + len("راديو ميتري"), "PERSON")
    got = named_after([person], tokenize(norm.text), norm, lexicon())
    assert [(e.text, e.type) for e in got] == [("راديو ميتري", "ORG")]
