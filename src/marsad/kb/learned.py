"""Persons learned from the corpus: names found by title pattern that the
knowledge base does not hold. One collection per pipeline
(``resources.get("kb.learned", LearnedEntries)``); spelling variants of the same
person in the same country merge across articles. The store persists
:meth:`LearnedEntries.entries` (``store.upsert_learned``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

from marsad.entities.fuzzy import similar_names, skeleton
from marsad.kb.translit import transliterate
from marsad.normalize import normalize


def learned_id(name_ar: str, country: str | None) -> str:
    key = f"{normalize(name_ar)}|{country or ''}"
    return "L:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class LearnedEntries:
    """Provisional person entries collected while a pipeline runs."""

    _by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    _keys: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    _lock: Lock = field(default_factory=Lock, repr=False)

    def add(
        self, name_ar: str, country: str | None, role: str | None, article_id: str = ""
    ) -> dict[str, Any]:
        """Record a mention; returns the (possibly merged) entry."""
        key = tuple(normalize(name_ar).split())
        with self._lock:
            entry = self._find(key, country)
            if entry is None:
                entry = {
                    "id": learned_id(name_ar, country),
                    "type": "PERSON",
                    "name_ar": name_ar,
                    "name_en": transliterate(name_ar, country),
                    "country": country,
                    "roles": [],
                    "variants": [],
                    "mentions": 0,
                    "articles": [],
                    "provisional": True,
                }
                self._by_id[entry["id"]] = entry
            if name_ar != entry["name_ar"] and name_ar not in entry["variants"]:
                entry["variants"].append(name_ar)
            self._keys[key] = entry["id"]
            if role and role not in entry["roles"]:
                entry["roles"].append(role)
            entry["mentions"] += 1
            if article_id and article_id not in entry["articles"] and len(entry["articles"]) < 50:
                entry["articles"].append(article_id)
            return entry

    def _find(self, key: tuple[str, ...], country: str | None) -> dict[str, Any] | None:
        for entry in self._by_id.values():
            if entry["country"] != country:
                continue
            for name in (entry["name_ar"], *entry["variants"]):
                other = tuple(normalize(name).split())
                if (
                    other == key
                    or similar_names(other, key, loose=False)
                    or (
                        len(other) == len(key)
                        and all(skeleton(a) == skeleton(b) for a, b in zip(other, key, strict=True))
                    )
                ):
                    return entry
        return None

    def lookup(self, name_ar: str, country: str | None = None) -> dict[str, Any] | None:
        with self._lock:
            key = tuple(normalize(name_ar).split())
            for entry in self._by_id.values():
                if country not in (None, entry["country"]):
                    continue
                if any(tuple(normalize(n).split()) == key for n in (entry["name_ar"], *entry["variants"])):
                    return entry
        return None

    def known_names(self) -> dict[tuple[str, ...], tuple[str, str | None, str | None]]:
        """Normalized name (two words or more) -> (learned id, country, provisional English name),
        for linking later mentions."""
        with self._lock:
            return {
                k: (i, self._by_id[i]["country"], self._by_id[i].get("name_en"))
                for k, i in self._keys.items()
                if len(k) >= 2
            }

    def entries(self) -> list[dict[str, Any]]:
        """All learned entries, most mentioned first (copies)."""
        with self._lock:
            items = [
                dict(e, roles=list(e["roles"]), variants=list(e["variants"]), articles=list(e["articles"]))
                for e in self._by_id.values()
            ]
        return sorted(items, key=lambda e: (-e["mentions"], e["name_ar"]))

    def load(self, entries: list[dict[str, Any]]) -> None:
        """Seed the collection with entries read back from a store."""
        with self._lock:
            for e in entries:
                if e.get("id"):
                    entry = {"roles": [], "variants": [], "mentions": 0, "articles": [], **e}
                    self._by_id[e["id"]] = entry
                    for name in (entry.get("name_ar", ""), *entry["variants"]):
                        if name:
                            self._keys[tuple(normalize(name).split())] = e["id"]
