"""The entity stage (``entities/v1``): find and link names in an article.

On the normalized text, in passes over word tokens:

1. gazetteer: longest match of knowledge-base names and demonyms, with the
   proclitics و ف ب ك ل لل stripped from the first token (لأنقرة -> Ankara);
2. government bodies by pattern (وزارة الخارجية الروسية) and side phrases
   (الجانب الروسي -> Russia);
3. titles (وزير الدفاع الأوكراني رستم عمروف): the name after a title is a
   person with that role and country; a name the knowledge base lacks is
   linked by spelling tolerance when role and country agree (هاكان فيان ->
   Hakan Fidan), or else learned as a provisional person; a title with a
   country and no name is read as the holder of that role on the article date;
4. counterparts (نظيره التركي): the role of the previous person in the
   sentence, held in the named country;
5. short names: a surname (or other token) of a person already found in the
   article links to that person;
6. a misspelled place after a location preposition (في رياده -> Riyadh);
   Also (``clubs``, ``mentions``, ``units``): places read as clubs and outlets, head nouns left
   out of linked mentions, names before a relative clause, places after settlement heads; a state
   title with no country takes the article's home country (``context.home_country``).
7. the CRF (``marsad.entities.crf``, loaded once as ``resources.get("entities.crf")``):
   unlinked PERSON/ORG/GPE/LOC spans where nothing above was found
   (``EntityStage(resources, crf=False)`` for rules alone).

Overlaps are resolved by span length, then by pass order.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from marsad.entities.clubs import clubs
from marsad.entities.context import (
    QAEDA_ID,
    WEST_ID,
    adjective_name,
    after_definite,
    demonym_here,
    home_country,
    language_here,
    participle_spelling,
    qaeda_here,
    west_here,
)
from marsad.entities.crf import CrfTagger, known_spans, name_like
from marsad.entities.fuzzy import similar_names
from marsad.entities.gazetteer import Cand, Gazetteer, resolve
from marsad.entities.lexicon import Lexicon, lexicon
from marsad.entities.mentions import appositions, learned_names, short_names
from marsad.entities.named import named_after
from marsad.entities.phrases import facilities, org_phrases
from marsad.entities.tokens import Token, readings, tokenize
from marsad.entities.units import misspelled_places, provinces, settlements
from marsad.entities.unlinked import romanized, unlinked
from marsad.kb.learned import LearnedEntries
from marsad.kb.model import Entry, KnowledgeBase, body_slug, name_key
from marsad.normalize import Normalized, normalize_with_offsets, split_sentences
from marsad.records import Article, Entity


@dataclass(frozen=True)
class _Doc:
    id: str
    text: str
    norm: Normalized


class EntityStage:
    name = "entities/v1"

    def __init__(self, resources: object, crf: bool = True) -> None:
        get = getattr(resources, "get", None)
        paths = tuple(getattr(resources, "kb_paths", ()) or ())
        if get is None:
            self.kb = KnowledgeBase.load(paths)
            self.learned = LearnedEntries()
            self.crf = CrfTagger.load_optional() if crf else None
        else:
            self.kb = get("kb", lambda: KnowledgeBase.load(paths))
            self.learned = get("kb.learned", LearnedEntries)
            self.crf = get("entities.crf", CrfTagger.load_optional) if crf else None
        self.lex = lexicon()
        self.gaz = Gazetteer(self.kb, self.lex)
        self._body_heads = frozenset(k[0] for k in self.lex.bodies) | self.lex.words.get("side", frozenset())

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, entities=tuple(self.find(article)))

    # -- passes ---------------------------------------------------------------------------------

    def find(self, article: Article) -> list[Entity]:
        norm = normalize_with_offsets(article.text)
        toks = tokenize(norm.text)
        date = article.published
        doc = _Doc(article.id, article.text, norm)
        cands = self._gazetteer(toks, date, doc) + self._bodies(toks)
        home = home_country((c.type, c.country) for c in cands)
        cands += self._titles(toks, date, doc, home)
        cands += self._orgs(toks, cands) + facilities(toks, self.lex, self.gaz, cands)
        cands += self._counterparts(toks, cands, article.text, norm.text, date, doc)
        chosen = clubs(toks, resolve(cands), self.lex)
        chosen = self._home_bodies(toks, chosen)
        chosen += learned_names(toks, chosen, self.gaz, self.learned)
        chosen += appositions(toks, chosen, self.lex, self._name_like, lambda w: self._common(w, True))
        chosen += short_names(toks, chosen, self.gaz)
        chosen += misspelled_places(toks, chosen, self.gaz, self._common)
        chosen += settlements(toks, chosen, self.lex, self._common, self._name_like)
        chosen = provinces(toks, chosen, self.lex)
        chosen.sort(key=lambda c: c.start)
        out = []
        for c in chosen:
            s, e = norm.to_original(toks[c.start].start + c.skip, toks[c.end - 1].end)
            out.append(Entity(article.text[s:e], s, e, c.type, c.kb_id, c.name_en, c.country or None, c.role))
        if self.crf is not None:  # names the knowledge base lacks, unlinked
            out += unlinked(self.crf.tag(norm.text, known_spans(out, norm)), out, norm, self.lex)
            out.sort(key=lambda x: x.start)
        return romanized(named_after(out, toks, norm, self.lex))

    def _entry_cand(self, i: int, end: int, skip: int, entry: Entry, date: str | None) -> Cand:
        role = entry.role_at(date) if entry.type == "PERSON" else None
        prio = 2 if entry.type == "PERSON" else 3
        return Cand(
            i,
            end,
            entry.type,
            entry.id,
            entry.name_en or None,
            entry.country or None,
            role.title if role and date else None,
            prio,
            skip,
        )

    def _gazetteer(self, toks: list[Token], date: str | None, doc: _Doc | None = None) -> list[Cand]:
        out, i = [], 0
        names, dem = self.kb.by_name, self.lex.demonyms
        while i < len(toks):
            a = self.gaz.longest(toks, i, names, self.gaz.max_len)
            b = self.gaz.longest(toks, i, dem, self.lex.max_demonym)
            if (
                a
                and a[1]
                and len(a[2]) == 1
                and len(a[2][0]) < 4
                and all(x.startswith("gn:") for x in names[a[2]])
            ):
                a = None  # "ولاد" is not Lod: a short town name read only by stripping a proclitic
            if a and (not b or a[0] >= b[0]):
                entry = self._pick(names[a[2]], date)
                if (
                    (entry.id == WEST_ID and not west_here(self.lex, toks, i, a[0], a[2]))
                    or (entry.id == QAEDA_ID and not qaeda_here(self.lex, toks, a[0], a[2]))
                    or adjective_name(self.lex, toks, i, a[1], a[2])
                ):
                    i = a[0]
                    continue
                c = self._entry_cand(i, a[0], a[1], entry, date)
                c.key = a[2]
                out.append(c)
                i = a[0]
            elif b and (
                language_here(toks, i, b[1], b[2])
                or not demonym_here(self.lex, toks, i, b[1], b[2])
                or (doc is not None and participle_spelling(self.lex, doc.norm, toks[i], b[2]))
            ):
                i = b[0]
            elif b:
                country = self.kb.country(dem[b[2]])
                out.append(
                    Cand(
                        i,
                        b[0],
                        "GPE",
                        country.id if country else None,
                        country.name_en if country else None,
                        dem[b[2]],
                        None,
                        4,
                        b[1],
                    )
                )
                i = b[0]
            else:
                i += 1
        return out

    def _orgs(self, toks: list[Token], cands: list[Cand]) -> list[Cand]:
        """Organization names by shape, where no known name starts at the same token."""
        known = {c.start: c.end for c in cands if c.type in ("ORG", "PERSON")}

        def place_at(j: int) -> int | None:
            m = self.gaz.longest(toks, j, self.kb.by_name, self.gaz.max_len)
            if m is None or m[1] == 0:
                return None
            e = self.kb._sorted(self.kb.by_name[m[2]])[0]
            return m[0] if e.type in ("GPE", "LOC") else None

        places = {c.start: c for c in cands if c.type in ("GPE", "LOC")}
        out = []
        for start, end, skip, iso3, place in org_phrases(toks, self.lex, place_at):
            if start in known:
                continue
            out.append(Cand(start, end, "ORG", None, None, iso3, None, 5, skip))
            if place in places:  # the seat is also a mention: "المحكمة الابتدائية بالدار البيضاء"
                out.append(dataclasses.replace(places[place], nested=True))
        return out

    def _home_bodies(self, toks: list[Token], chosen: list[Cand]) -> list[Cand]:
        """A government body named with no country ("مجلس النواب") is the home country's."""
        home = home_country((c.type, c.country) for c in chosen)
        if home is None:
            return chosen
        country = self.kb.country(home)
        taken = {j: c for c in chosen for j in range(c.start, c.end)}
        drop, out = set(), []
        for i in range(len(toks)):
            if not any(r in self._body_heads for r, _ in readings(toks[i].text)):
                continue
            m = self.gaz.longest(toks, i, self.lex.bodies, self.lex.max_body)
            if m is None or len(m[2]) < 2:
                continue
            here = {id(taken[j]): taken[j] for j in range(i, m[0]) if j in taken}
            c = next(iter(here.values()), None)
            if len(here) > 1 or (c and (c.start, c.end, c.type, c.kb_id) != (i, m[0], "ORG", None)):
                continue
            template = self.lex.bodies[m[2]].template
            name = template.format(country=country.name_en if country else home)
            out.append(Cand(i, m[0], "ORG", f"body:{home}:{normalize_id(template)}", name, home, None, 1, m[1]))
            drop |= set(here)
        return [c for c in chosen if id(c) not in drop] + out

    def _pick(self, ids: list[str], date: str | None) -> Entry:
        entries = self.kb._sorted(ids)
        for e in entries:
            if e.type == "PERSON" and date and e.role_at(date):
                return e
        return entries[0]

    def _bodies(self, toks: list[Token]) -> list[Cand]:
        out = []
        heads = self._body_heads
        for i in range(len(toks)):
            if not any(r in heads for r, _ in readings(toks[i].text)):
                continue
            m = self.gaz.longest(toks, i, self.lex.bodies, self.lex.max_body)
            side = any(self.lex.is_("side", r) for r, _ in readings(toks[i].text))
            if m is None and not side:
                continue
            j = m[0] if m else i + 1
            if j >= len(toks) or toks[j].gap:
                continue
            d = self.gaz.longest(toks, j, self.lex.demonyms, self.lex.max_demonym, clitics=False)
            if d is None:
                continue
            iso3 = self.lex.demonyms[d[2]]
            country = self.kb.country(iso3)
            cname = country.name_en if country else iso3
            if m is not None and len(m[2]) == 1 and after_definite(toks, i, m[1]):
                continue  # an adjective: "السياسة الخارجية الروسية"
            if m is not None:
                body = self.lex.bodies[m[2]]
                if d[2][-1].endswith("ه") != (body.gender == "f"):
                    continue
                name = body.template.format(country=cname)
                out.append(
                    Cand(
                        i,
                        d[0],
                        "ORG",
                        f"body:{iso3}:{normalize_id(body.template)}",
                        name,
                        iso3,
                        None,
                        1,
                        m[1],
                    )
                )
            else:
                skip = next((s for r, s in readings(toks[i].text) if self.lex.is_("side", r)), 0)
                out.append(Cand(i, d[0], "GPE", country.id if country else None, cname, iso3, None, 1, skip))
        return out

    # -- titles and counterparts ----------------------------------------------------------------

    def _titles(self, toks: list[Token], date: str | None, doc: _Doc, home: str | None = None) -> list[Cand]:
        """Persons after titles; a state office with no country named is the article's home country's."""
        out: list[Cand] = []
        covered = 0
        for i in range(len(toks)):
            m = self.gaz.longest(toks, i, self.lex.intro, max(self.lex.max_title, self.lex.max_cue))
            if m is None or i < covered:
                continue
            covered = m[0]
            title = self.lex.intro[m[2]]
            j, country = self._affiliation(toks, m[0])
            if country is None and j == m[0] and title.sector in _HOME_SECTORS and not self.lex.is_("nohome", m[2][0]):
                got = self._person_after(toks, i, m[0], j, title.role, home, date, doc, m[1], named_only=True)
            else:
                got = self._person_after(toks, i, m[0], j, title.role, country, date, doc, m[1])
            out += got
        return out

    def _affiliation(self, toks: list[Token], j: int) -> tuple[int, str | None]:
        """A country (demonym) or organization right after a title: (next index, ISO3 or None)."""
        if j < len(toks) and not toks[j].gap:
            d = self.gaz.longest(toks, j, self.lex.demonyms, self.lex.max_demonym, clitics=False)
            if d is not None:
                return d[0], self.lex.demonyms[d[2]]
            b = self.gaz.longest(toks, j, self.lex.bodies, self.lex.max_body)
            if b is not None and b[0] < len(toks) and not toks[b[0]].gap:  # "باسم الرئاسة المصرية فلان"
                d = self.gaz.longest(toks, b[0], self.lex.demonyms, self.lex.max_demonym, clitics=False)
                if d is not None:
                    return d[0], self.lex.demonyms[d[2]]
            g = self.gaz.longest(toks, j, self.kb.by_name, self.gaz.max_len)
            if g is not None:
                e = self.kb._sorted(self.kb.by_name[g[2]])[0]
                if e.type in ("ORG", "GPE"):
                    return g[0], e.country or None
            if toks[j].text == "في" and j + 1 < len(toks) and not toks[j + 1].gap:  # "القيادي في حماس فلان"
                return self._member_of(toks, j)
        return j, None

    def _member_of(self, toks: list[Token], j: int) -> tuple[int, str | None]:
        """After "في" at ``j``: (end, country) of a known organization the name follows, else (j, None)."""
        g = self.gaz.longest(toks, j + 1, self.kb.by_name, self.gaz.max_len, clitics=False)
        if g is None or g[0] >= len(toks) or toks[g[0]].gap:
            return j, None
        e = self.kb._sorted(self.kb.by_name[g[2]])[0]
        return (g[0], e.country or None) if e.type == "ORG" else (j, None)

    def _person_after(
        self,
        toks: list[Token],
        t0: int,
        t1: int,
        j: int,
        role: str,
        country: str | None,
        date: str | None,
        doc: _Doc,
        skip: int,
        named_only: bool = False,
    ) -> list[Cand]:
        """The person a title (tokens t0..t1) or counterpart phrase introduces (``named_only``:
        not the holder of the role when no name follows)."""
        k = j
        cue = t1 - t0 == 1 and self.lex.is_("namecue", toks[t0].text[skip:])  # "المدعو فلان"
        name = self._read_name(toks, k, cue)
        if name:
            for n in range(name, 0, -1):  # a known person at the head of a longer reading wins
                if any(
                    self.kb.entries[x].type == "PERSON"
                    for x in self.kb.by_name.get(tuple(t.text for t in toks[k : k + n]), ())
                    if x in self.kb.entries
                ):
                    name = n
                    break
            key = tuple(t.text for t in toks[k : k + name])
            entry = self._link_name(key, role, country, date)
            if entry is not None:
                return [
                    Cand(
                        k, k + name, "PERSON", entry.id, entry.name_en or None, entry.country or None, role, 0, 0, key
                    )
                ]
            if named_only and not all(self._name_like(w) for w in key):
                country = None  # "يذكر وزير الداخلية وكلاء لوائح الترشيح": an object, not a name
            if name >= 2 and country:
                s0, s1 = doc.norm.to_original(toks[k].start, toks[k + name - 1].end)
                learned = self.learned.add(" ".join(doc.text[s0:s1].split()), country, role, doc.id)
                # provisional: the English name is a transliteration, the kb id says it is learned (L:…)
                kb_id, name_en = learned["id"], learned["name_en"]
                return [Cand(k, k + name, "PERSON", kb_id, name_en, country, role or None, 0, 0, key)]
            if (name >= 2 and self.lex.is_("given", key[0])) or cue:  # "اللاعب محمد أوناجم": no country
                return [Cand(k, k + name, "PERSON", None, None, None, role or None, 0, 0, key)]
            return []
        if country and date and j > t1 - 1 and not named_only:
            holders = self.kb.holders(role, country, date)
            if len(holders) == 1:
                h = holders[0]
                return [Cand(t0, t1, "PERSON", h.id, h.name_en, h.country, role, 6, skip)]
        return []

    def _read_name(self, toks: list[Token], k: int, cue: bool = False) -> int:
        """How many tokens from ``k`` read as a person's name (0 if none); after a name cue
        (``cue``: المدعو، اسمه) a common word may follow the first ("أنس مبروك")."""
        n = 0
        lex = self.lex
        while k + n < len(toks) and n < 5:
            t = toks[k + n]
            if (
                (t.gap and (n or t.gap not in (",", "-", "–", ":")))
                or lex.is_("stop", t.text)
                or lex.is_("counterpart", t.text)
            ):
                break
            if not ("\u0621" <= t.text[0] <= "\u064a") or t.text.isdigit():
                break
            if (n or len(t.text) > 4) and t.text.endswith(_PRONOUN_SUFFIXES):
                break
            after_particle = n and lex.is_("particle", toks[k + n - 1].text)  # "سلطان بن سحيم"
            if self._common(t.text, n == 0) and not ((cue or after_particle) and n and not t.text.startswith("و")):
                break
            if n == 0 and (t.text.startswith("ال") or lex.is_("particle", t.text)):
                break
            if (t.text,) in lex.demonyms or self.gaz.longest(toks, k + n, lex.titles, lex.max_title, False):
                break
            # a third word only around a particle ("صلاح الدين مزوار", "عزيزة نايت سي"), or a
            # family name with al- after a compound ("عبد الرحمن عبد الناصر المتولي")
            if (
                n >= 2
                and not (_joins(lex, toks[k + n - 1].text) or _joins(lex, t.text))
                and not (t.text.startswith("ال") and any(_joins(lex, x.text) for x in toks[k : k + n]))
            ) or (n >= 2 and t.text.startswith("ال") and self._place_word(t.text)):
                break
            n += 1
        return n

    def _place_word(self, word: str) -> bool:
        """A word that alone names a known place ("الدوحة"): no family name after a particle."""
        entries = self.kb.entries
        return any(entries[x].type in ("GPE", "LOC") for x in self.kb.by_name.get((word,), ()) if x in entries)

    def _name_like(self, word: str) -> bool:
        """A word that reads as a name word: a given name, a name particle, or name-like by spelling."""
        if self.lex.is_("given", word) or _joins(self.lex, word):
            return True
        return name_like(word) in ("nl=1", "nl=2", "nl=3")

    def _common(self, word: str, first: bool) -> bool:
        """A frequent non-name word of news text (not a given name), also behind a proclitic."""
        lex = self.lex
        if lex.is_("given", word):
            return False
        if lex.is_("common", word):
            return True
        if first and word[:3] in ("بال", "وال", "فال", "كال") or word[:2] == "لل":
            return True
        return len(word) > 4 and word[0] in "وفبل" and lex.is_("common", word[1:])

    def _link_name(
        self, key: tuple[str, ...], role: str, country: str | None, date: str | None
    ) -> Entry | None:
        found = [self.kb.entries[i] for i in self.kb.by_name.get(key, ()) if i in self.kb.entries]
        persons = [e for e in found if e.type == "PERSON"]
        if persons:
            return persons[0]
        if not country:
            return None
        holders = self.kb.holders(role, country, date) if date else []
        for pool, loose in ((holders, True), (self.kb.persons(country), False)):
            for e in pool:
                for other in _name_keys(e):
                    if similar_names(other, key, loose):
                        return e
        return None

    def _counterparts(
        self, toks: list[Token], cands: list[Cand], text: str, ntext: str, date: str | None, doc: _Doc
    ) -> list[Cand]:
        out: list[Cand] = []
        if "نظير" not in ntext and "نظرا" not in ntext:
            return out
        sents = [(s.start, s.end) for s in split_sentences(ntext)]
        persons = sorted((c for c in cands if c.type == "PERSON" and c.role), key=lambda c: c.start)
        for i, tok in enumerate(toks):
            if "نظ" not in tok.text:
                continue
            skip = next((s for r, s in readings(tok.text) if self.lex.is_("counterpart", r)), -1)
            if skip < 0 or i + 1 >= len(toks):
                continue
            d = self.gaz.longest(toks, i + 1, self.lex.demonyms, self.lex.max_demonym, clitics=False)
            if d is None:
                continue
            sent = next(((a, b) for a, b in sents if a <= tok.start < b), (0, len(ntext)))
            prev = [c for c in persons if c.start < i and toks[c.start].start >= sent[0]]
            if not prev or not prev[-1].role:
                continue
            iso3 = self.lex.demonyms[d[2]]
            got = self._person_after(toks, i, i + 1, d[0], prev[-1].role, iso3, date, doc, skip)
            out += got
            persons += [c for c in got if c.role]
            persons.sort(key=lambda c: c.start)
        return out

    # -- after resolution -----------------------------------------------------------------------

# Sectors of the titles of state offices: with no country named, the office is the home country's.
_HOME_SECTORS = frozenset(("GOV", "MIL", "JUD", "LEG"))

# A word ending in a possessive pronoun does not continue a name ("أنجلينا جولي طليقها").
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم", "نا")

@lru_cache(maxsize=8192)
def _name_keys(entry: Entry) -> tuple[tuple[str, ...], ...]:
    return tuple(name_key(n) for n in entry.names())


def _joins(lex: Lexicon, word: str) -> bool:
    return lex.is_("particle", word) or lex.is_("namestart", word)


def normalize_id(template: str) -> str:
    """The slug of a body template: "Ministry of Defence ({country})" -> "ministryofdefence"."""
    return body_slug(template)
