"""The knowledge base: entries read from TSV files, indexed by normalized name.

Every bundled file under ``marsad/data/kb`` and every user file share one
format (``#`` comment lines, tab separated)::

    id  type  name_en  country  name_ar  variants  sector  roles  source

``variants`` are Arabic spellings separated by ``|``; ``roles`` are
``Role@start/end`` separated by ``;`` (dates ``YYYY[-MM[-DD]]``, an empty end
means the role is held). A user row whose id is already known extends that
entry (new variants and roles); a row of type ``MERGED`` makes its id an alias
of the entry named in its ``name_en`` column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from marsad.normalize import normalize
from marsad.resources import data_path, read_tsv

BUNDLED = (
    "kb/orgs.tsv",
    "kb/persons.tsv",
    "kb/persons_petrarch.tsv",
    "kb/places.tsv",
    "kb/admin.tsv",
    "kb/facilities.tsv",
)
COLUMNS = ("id", "type", "name_en", "country", "name_ar", "variants", "sector", "roles", "source")
TYPE_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 3, "FAC": 4}


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    start: str = ""
    end: str = ""
    sector: str = ""

    def active(self, date: str | None) -> bool:
        """Whether the role is held on ``date`` (YYYY[-MM[-DD]]); any date matches when None."""
        if not date:
            return True
        return (not self.start or self.start[: len(date)] <= date) and (
            not self.end or date[: len(self.end)] <= self.end
        )


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    type: str
    name_en: str
    country: str = ""
    name_ar: str = ""
    variants: tuple[str, ...] = ()
    sector: str = ""
    roles: tuple[Role, ...] = ()
    source: str = ""
    rank: int = 0  # load order: earlier files and rows win ties

    def names(self) -> list[str]:
        return [n for n in (self.name_ar, *self.variants) if n]

    def sector_at(self, date: str | None = None) -> str | None:
        """GOV, MIL, IGO, MED … : the sector of the role held on ``date`` for a person, else the entry's."""
        role = self.role_at(date) if self.type == "PERSON" else None
        return (role.sector if role else "") or self.sector or None

    def role_at(self, date: str | None) -> Role | None:
        """The first role held on ``date`` (the first listed when no date)."""
        for role in self.roles:
            if role.active(date):
                return role
        return None

    def to_row(self) -> list[str]:
        roles = ";".join(f"{r.title}@{r.start}/{r.end}" for r in self.roles)
        return [
            self.id,
            self.type,
            self.name_en,
            self.country,
            self.name_ar,
            "|".join(self.variants),
            self.sector,
            roles,
            self.source,
        ]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "type": self.type,
            "name_en": self.name_en,
            "country": self.country or None,
            "name_ar": self.name_ar,
            "variants": list(self.variants),
            "sector": self.sector or None,
            "roles": [
                {"title": r.title, "start": r.start or None, "end": r.end or None, "sector": r.sector}
                for r in self.roles
            ],
            "source": self.source,
        }


def parse_roles(text: str, default_sector: str = "") -> tuple[Role, ...]:
    roles = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        title, _, span = part.partition("@")
        start, _, end = span.partition("/")
        sector = default_sector or ("MIL" if "Defen" in title or "Armed Forces" in title else "GOV")
        roles.append(Role(title.strip(), start.strip(), end.strip(), sector))
    return tuple(roles)


def read_entries(path: Path | str, rank0: int = 0) -> Iterator[Entry]:
    for i, row in enumerate(read_tsv(Path(path) if not isinstance(path, Path) else path, min_columns=9)):
        kb_id, typ, name_en, country, name_ar, variants, sector, roles, source = (c.strip() for c in row[:9])
        if not kb_id or not typ:
            continue
        yield Entry(
            kb_id,
            typ.upper(),
            name_en,
            country.upper(),
            name_ar,
            tuple(v.strip() for v in variants.split("|") if v.strip()),
            sector,
            parse_roles(roles, sector if typ.upper() == "PERSON" else ""),
            source,
            rank0 + i,
        )


def body_slug(template: str) -> str:
    """"Ministry of Defence ({country})" -> "ministryofdefence"."""
    return "".join(ch for ch in template.replace("{country}", "").lower() if ch.isalnum())


@cache
def _bodies() -> dict[str, tuple[str, str]]:
    return {body_slug(t): (t, sec) for _, t, sec, *_ in read_tsv("kb/bodies.tsv", min_columns=3)}


@cache
def _synonyms() -> dict[str, str]:
    return {a.strip(): b.strip() for a, b, *_ in read_tsv("kb/role_synonyms.tsv", min_columns=2)}


def canonical_role(title: str) -> str:
    """One name per office: "Secretary of State" -> "Minister of Foreign Affairs"."""
    return _synonyms().get(title, title)


def name_key(name: str) -> tuple[str, ...]:
    """Tokens of the matching form of a name (what the gazetteer indexes)."""
    return tuple(normalize(name).replace("-", " ").split())


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    by_name: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    _idx: dict[str, dict[str, list[Entry]]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = (), bundled: bool = True) -> KnowledgeBase:
        kb = cls()
        files: list[Path] = [data_path(n) for n in BUNDLED] if bundled else []
        files += [Path(p) for p in extra]
        for n, path in enumerate(files):
            if not path.exists():
                continue
            for entry in read_entries(path, rank0=n * 100_000):
                kb.add(entry)
        return kb

    def add(self, entry: Entry) -> Entry:
        """Add an entry, or extend the one with the same id; index its names."""
        self._idx.clear()
        if entry.type == "MERGED":
            self.merge(entry.name_en, entry.id)
            return self.entries[self.resolve(entry.name_en)]
        old = self.entries.get(entry.id)
        if old is not None:
            names = [n for n in (entry.name_ar, *entry.variants) if n and n not in old.names()]
            entry = replace(
                old,
                variants=old.variants + tuple(names),
                roles=old.roles + tuple(r for r in entry.roles if r not in old.roles),
                name_en=old.name_en or entry.name_en,
            )
        self.entries[entry.id] = entry
        for name in entry.names():
            key = name_key(name)
            if key:
                ids = self.by_name.setdefault(key, [])
                if entry.id not in ids:
                    ids.append(entry.id)
        return entry

    def merge(self, keep: str, other: str) -> None:
        """Make ``other`` an alias of ``keep``: its names and roles move over."""
        keep, other = self.resolve(keep), self.resolve(other)
        if keep == other or keep not in self.entries:
            return
        self._idx.clear()
        gone = self.entries.pop(other, None)
        self.aliases[other] = keep
        for ids in self.by_name.values():
            if other in ids:
                ids.remove(other)
        if gone is not None:
            self.add(replace(gone, id=keep, type=self.entries[keep].type, name_en=""))

    def resolve(self, kb_id: str) -> str:
        seen = 0
        while kb_id in self.aliases and seen < 20:
            kb_id, seen = self.aliases[kb_id], seen + 1
        return kb_id

    def get(self, kb_id: str) -> Entry | None:
        """The entry with this id (following merges), or None.

        Government bodies found by pattern have ids ``body:<ISO3>:<slug>``
        (``body:RUS:ministryofforeignaffairs``); their entries are made on demand.
        """
        if kb_id.startswith("body:"):
            return self._body(kb_id)
        return self.entries.get(self.resolve(kb_id))

    def _body(self, kb_id: str) -> Entry | None:
        _, iso3, slug = (kb_id.split(":", 2) + ["", ""])[:3]
        found = _bodies().get(slug)
        if found is None:
            return None
        template, sector = found
        country = self.country(iso3)
        return Entry(kb_id, "ORG", template.format(country=country.name_en if country else iso3), iso3,
                     sector=sector, source="bodies.tsv")

    def lookup(self, name: str) -> list[Entry]:
        """Entries with exactly this name (normalized), best first."""
        return self._sorted(self.by_name.get(name_key(name), []))

    def _sorted(self, ids: Iterable[str]) -> list[Entry]:
        found = [self.entries[i] for i in ids if i in self.entries]
        return sorted(found, key=lambda e: (TYPE_RANK.get(e.type, 9), e.rank))

    def country(self, iso3: str) -> Entry | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        found = self._index("countries").get(iso3)
        return found[0] if found else None

    def holders(self, title: str, country: str, date: str | None) -> list[Entry]:
        """Persons of ``country`` holding role ``title`` on ``date``."""
        out, want = [], canonical_role(title)
        for entry in self._index("persons").get(country, ()):
            if any(canonical_role(r.title) == want and r.active(date) for r in entry.roles):
                out.append(entry)
        return out

    def persons(self, country: str | None = None) -> list[Entry]:
        if country is None:
            return [e for e in self.entries.values() if e.type == "PERSON"]
        return list(self._index("persons").get(country, ()))

    def _index(self, name: str) -> dict[str, list[Entry]]:
        if name not in self._idx:
            out: dict[str, list[Entry]] = {}
            for e in self.entries.values():
                if (
                    name == "persons"
                    and e.type == "PERSON"
                    or name == "countries"
                    and e.type == "GPE"
                    and "countries.json" in e.source
                ):
                    out.setdefault(e.country, []).append(e)
            self._idx[name] = out
        return self._idx[name]

    def search(self, text: str) -> list[Entry]:
        """Entries whose id, English name or an Arabic name contains ``text``."""
        low, norm = text.lower(), normalize(text)
        return [
            e
            for e in self.entries.values()
            if low == e.id.lower() or low in e.name_en.lower() or any(norm in normalize(n) for n in e.names())
        ]


@cache
def bundled_kb() -> KnowledgeBase:
    """The bundled knowledge base (read-only use; load a fresh one to extend it)."""
    return KnowledgeBase.load()
