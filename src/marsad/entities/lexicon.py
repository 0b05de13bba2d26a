"""Word lists the entity stage reads from ``data/kb`` (titles, bodies, demonyms, small word lists),
indexed by normalized token tuples for constant-time lookup."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from marsad.kb.model import name_key
from marsad.normalize import normalize
from marsad.resources import data_path, read_tsv

_SUFFIXES_M = ("", "ان", "ين", "ون")  # singular, dual, plural / oblique
_SUFFIXES_F = ("ه", "تان", "تين", "ات")


@dataclass(frozen=True, slots=True)
class Title:
    role: str
    sector: str


@dataclass(frozen=True, slots=True)
class Body:
    template: str
    sector: str
    gender: str = "f"


@dataclass
class Lexicon:
    demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)  # form -> ISO3
    titles: dict[tuple[str, ...], Title] = field(default_factory=dict)
    cues: dict[tuple[str, ...], Title] = field(default_factory=dict)  # press cues (المدعو، الشاب)
    intro: dict[tuple[str, ...], Title] = field(default_factory=dict)  # titles and cues: what introduces a name
    bodies: dict[tuple[str, ...], Body] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    max_title: int = 1
    max_cue: int = 1
    max_body: int = 1
    max_demonym: int = 1

    def is_(self, kind: str, token: str) -> bool:
        return token in self.words.get(kind, frozenset())


def demonym_forms(nisba: str) -> list[tuple[str, ...]]:
    """All forms of a masculine nisba: with and without al-, feminine, dual, plural."""
    words = normalize(nisba).split()
    out: list[tuple[str, ...]] = []
    for suffix in (*_SUFFIXES_M, *_SUFFIXES_F):
        stem = tuple(w + suffix for w in words)
        out.append(stem)
        out.append(tuple("ال" + w for w in stem))
    return out


def _word_file(name: str) -> frozenset[str]:
    text = data_path(name).read_text(encoding="utf-8")
    return frozenset(
        normalize(w) for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@cache
def lexicon() -> Lexicon:
    lex = Lexicon()
    for iso3, singulars, plurals in read_tsv("kb/demonyms.tsv", min_columns=3):
        for s in singulars.split("|"):
            if s.strip():
                for form in demonym_forms(s):
                    lex.demonyms.setdefault(form, iso3)
        for p in plurals.split("|"):
            if p.strip():
                key = name_key(p)
                lex.demonyms.setdefault(key, iso3)
                lex.demonyms.setdefault(tuple("ال" + w for w in key), iso3)
    for ar, role, sector, *_ in read_tsv("kb/titles.tsv", min_columns=3):
        lex.titles[name_key(ar)] = Title(role, sector)
    for ar, role, sector, *_ in read_tsv("kb/cues.tsv", min_columns=1):
        lex.cues[name_key(ar)] = Title(role, sector)
    for ar, template, sector, gender, *_ in read_tsv("kb/bodies.tsv", min_columns=4):
        lex.bodies[name_key(ar)] = Body(template, sector, gender or "f")
    for kind, words, *_ in read_tsv("kb/words.tsv", min_columns=2):
        lex.words[kind] = frozenset(normalize(w) for w in words.split())
    lex.words["common"] = _word_file("kb/common_words.txt")
    lex.words["given"] = _word_file("kb/given_names.txt")
    lex.max_title = max(map(len, lex.titles), default=1)
    lex.max_cue = max(map(len, lex.cues), default=1)
    lex.intro = {**lex.cues, **lex.titles}
    lex.max_body = max(map(len, lex.bodies), default=1)
    lex.max_demonym = max(map(len, lex.demonyms), default=1)
    return lex
