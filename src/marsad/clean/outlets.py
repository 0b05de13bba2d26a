"""Credited outlets: Arabic and Latin aliases to one English name (``data/clean/outlets.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.normalize import normalize
from marsad.resources import read_tsv


def _key(name: str) -> str:
    return " ".join(normalize(name).replace(".", " ").split())


@dataclass(frozen=True)
class OutletTable:
    aliases: dict[str, str]  # normalized alias -> English name
    longest: int  # words in the longest alias

    def lookup(self, name: str) -> str | None:
        """The English name of an outlet written ``name``, or None."""
        return self.aliases.get(_key(name))

    def lookup_prefix(self, words: list[str]) -> str | None:
        """The outlet named by the longest prefix of ``words``, or None."""
        for n in range(min(len(words), self.longest), 0, -1):
            found = self.lookup(" ".join(words[:n]))
            if found:
                return found
        return None


@cache
def outlet_table() -> OutletTable:
    aliases: dict[str, str] = {}
    for name_en, alias_field, *_ in read_tsv("clean/outlets.tsv", min_columns=2):
        for alias in [name_en, *alias_field.split("|")]:
            if alias.strip():
                aliases.setdefault(_key(alias), name_en)
    longest = max((len(a.split()) for a in aliases), default=1)
    return OutletTable(aliases, longest)
