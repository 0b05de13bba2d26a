"""Candidate mentions and the gazetteer lookup of the entity stage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from marsad.entities.fuzzy import skeleton
from marsad.entities.lexicon import Lexicon
from marsad.entities.tokens import Token, readings
from marsad.kb.model import KnowledgeBase


@dataclass
class Cand:
    start: int  # token index
    end: int  # token index, exclusive
    type: str
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    prio: int = 5  # lower wins among spans of equal length
    skip: int = 0  # characters of proclitics to drop from the first token
    key: tuple[str, ...] = ()  # normalized name tokens (persons)
    nested: bool = False  # kept inside a longer candidate


class Gazetteer:
    """Knowledge-base names and demonyms keyed by token tuples."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicon) -> None:
        self.kb, self.lex = kb, lex
        self.max_len = max(max(map(len, kb.by_name), default=1), lex.max_demonym)
        self.places: dict[str, list[str]] = {}
        self._prefix_cache: dict[int, tuple[Mapping[tuple[str, ...], Any], frozenset[tuple[str, ...]]]] = {}
        self._static: list[Mapping[tuple[str, ...], Any]] = [lex.demonyms, lex.titles, lex.bodies, lex.intro]
        for key, ids in kb.by_name.items():
            if len(key) == 1 and len(key[0]) >= 4:
                for kb_id in ids:
                    e = kb.entries.get(kb_id)
                    if e is not None and e.type in ("GPE", "LOC") and not e.id.startswith(("gn:", "twn:", "adm:")):
                        self.places.setdefault(skeleton(key[0]), []).append(kb_id)

    def longest(
        self,
        toks: list[Token],
        i: int,
        table: Mapping[tuple[str, ...], Any],
        max_len: int,
        clitics: bool = True,
        prefixes: frozenset[tuple[str, ...]] | None = None,
    ) -> tuple[int, int, tuple[str, ...]] | None:
        """(end, skip, key) of the longest key of ``table`` starting at token ``i``.

        Walks forward while the words read so far are the start of some key, so
        the cost is the length of the match, not the length of the longest key.
        """
        if prefixes is None:
            prefixes = self._prefixes(table)
        best: tuple[int, int, tuple[str, ...]] | None = None
        for first, skip in readings(toks[i].text) if clitics else ((toks[i].text, 0),):
            key: tuple[str, ...] = (first,)
            j = i + 1
            while key in prefixes:
                if key in table and (best is None or j > best[0]):
                    best = (j, skip, key)
                if j >= len(toks) or j - i >= max_len or (toks[j].gap and toks[j].gap not in "-–"):
                    break
                key = (*key, toks[j].text)
                j += 1
        return best

    @staticmethod
    def prefixes_of(table: Mapping[tuple[str, ...], Any]) -> frozenset[tuple[str, ...]]:
        return frozenset(k[:n] for k in table for n in range(1, len(k) + 1))

    def _prefixes(self, table: Mapping[tuple[str, ...], Any]) -> frozenset[tuple[str, ...]]:
        found = self._prefix_cache.get(id(table))
        if found is not None and found[0] is table:
            return found[1]
        prefixes = self.prefixes_of(table)
        if table is self.kb.by_name or any(table is t for t in self._static):
            self._prefix_cache[id(table)] = (table, prefixes)  # per-article tables are not kept
        return prefixes


def resolve(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates: longer spans first, then by priority, then position."""
    taken: set[int] = set()
    out = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        if c.nested:
            out.append(c)
            continue
        span = set(range(c.start, c.end))
        if span & taken:
            continue
        taken |= span
        out.append(c)
    return out
