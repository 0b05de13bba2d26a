"""The event and quote lexicon: data files under ``data/events/`` loaded once,
and the word analysis (clitics and inflection stripped) that matches them.

Matching works on the matching form of :func:`marsad.normalize.normalize`.
A word is analysed into its possible *cores* by taking off a conjunction
(و ف), then verb prefixes (س ل + person ي ت ن ا) or noun prefixes (ب ل ك +
ال), then a suffix; a pattern stem matches when it equals one of the cores
for the right part of speech. One dictionary lookup per core, no regex per
pattern, so a sentence costs a few hundred lookups whatever the lexicon size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.normalize import normalize
from marsad.resources import read_tsv

_CONJ = ("", "و", "ف")
_VERB_PRE = ("", "ي", "ت", "ن", "ا", "س", "سي", "ست", "سن", "لي", "لت", "لن")
_NOUN_PRE = ("", "ب", "ل", "ك", "ال", "بال", "كال", "لل")
_VERB_SUF = (
    "",
    "ا",
    "وا",
    "ت",
    "تا",
    "ان",
    "ون",
    "ين",
    "ن",
    "نا",
    "تم",
    "ي",
    "ه",
    "ها",
    "هم",
    "هما",
    "و",
    "اه",
    "وه",
    "ته",
    "تها",
)
_NOUN_SUF = (
    "",
    "ه",
    "ات",
    "ان",
    "ين",
    "ون",
    "ا",
    "ي",
    "ها",
    "هم",
    "هما",
    "ته",
    "تها",
    "تهم",
    "تهما",
    "تي",
    "تين",
    "تان",
    "كم",
    "نا",
    "يه",
    "يا",
    "يين",
    "يون",
)
_VERB_PRE_SET, _VERB_SUF_SET = frozenset(_VERB_PRE), frozenset(_VERB_SUF)
_NOUN_PRE_SET, _NOUN_SUF_SET = frozenset(_NOUN_PRE), frozenset(_NOUN_SUF)
_LONGEST = {
    "V": (max(map(len, _VERB_PRE)), max(map(len, _VERB_SUF))),
    "N": (max(map(len, _NOUN_PRE)), max(map(len, _NOUN_SUF))),
}
WORD = re.compile(r"[\w٪%]+")


def cores(word: str, pos: str) -> Iterator[str]:
    """Possible stems of a matching-form ``word`` as a verb ("V") or noun ("N")."""
    prefixes, suffixes = (_VERB_PRE_SET, _VERB_SUF_SET) if pos == "V" else (_NOUN_PRE_SET, _NOUN_SUF_SET)
    max_pre, max_suf = _LONGEST[pos]
    for conj in _CONJ:
        if not word.startswith(conj):
            continue
        w1 = word[len(conj) :]
        for pl in range(min(max_pre, len(w1)) + 1):
            if w1[:pl] not in prefixes:
                continue
            w2 = w1[pl:]
            for sl in range(min(max_suf, len(w2) - 2) + 1):
                if (w2[len(w2) - sl :] if sl else "") in suffixes:
                    yield w2[: len(w2) - sl]


@lru_cache(maxsize=1 << 16)
def all_cores(word: str) -> frozenset[str]:
    """Every core of ``word`` as verb or noun, plus the word itself."""
    return frozenset({word, *cores(word, "V"), *cores(word, "N")})


@dataclass(frozen=True, slots=True)
class Trigger:
    cameo: str
    plover: str
    pos: str
    frame: tuple[str, ...]
    sym: bool = False
    host: bool = False
    intend: bool = False
    needs: frozenset[str] = frozenset()
    order: int = 0
    exact: bool = False
    stems: frozenset[str] = frozenset()
    agent: bool = False
    visit: bool = False
    blame: bool = False
    passive: bool = False  # a passive participle: source after من, target before it
    two: bool = False  # coded only with a source and a target country (warnings, pledges)


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (pos, stem) -> rows in file order
    exact: dict[str, tuple[Trigger, ...]]  # word form (no conjunction) -> rows of "exact" rows
    cues: dict[str, tuple[str, str]]  # cue -> (effect, where)
    sectors_en: tuple[tuple[str, str], ...]
    sectors_ar: dict[str, str]
    numbers: dict[str, int]
    speech: dict[str, str]  # stem -> say | continue
    months: frozenset[str] = frozenset()  # month names (data/time/months.tsv), never counted nouns
    person_titles: frozenset[str] = frozenset()  # Arabic titles of one person (sectors.tsv "person")
    plover: dict[str, str] = field(default_factory=dict)  # cameo -> PLOVER type
    collectives: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (code, name_en)
    igos: dict[str, str] = field(default_factory=dict)  # international organization name_en -> actor code
    memo: dict[str, list[Trigger]] = field(default_factory=dict, repr=False, compare=False)  # match cache

    def match(self, word: str) -> list[Trigger]:
        """Trigger rows a word can be: the longest stem first (less of the word taken as affixes),
        then file order (specific rows first)."""
        if word in self.memo:
            return self.memo[word]
        if len(self.memo) > 1 << 16:
            self.memo.clear()
        self.memo[word] = rows = self._match(word)
        return rows

    def _match(self, word: str) -> list[Trigger]:
        found: dict[int, tuple[int, Trigger]] = {}
        for form in {word, word[1:] if word[:1] in ("و", "ف") else word}:
            for row in self.exact.get(form, ()):
                found[row.order] = (100, row)
        for pos in ("V", "N"):
            for core in set(cores(word, pos)):
                for row in self.triggers.get((pos, core), ()):
                    if found.get(row.order, (0, row))[0] < len(core):
                        found[row.order] = (len(core), row)
        return [row for _, row in sorted(found.values(), key=lambda x: (-x[0], x[1].order))]


def load_plover() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("events/cameo_plover.tsv", min_columns=2)}


def _flags(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, value = part.partition("=")
        out[key] = value
    return out


def load_lexicon() -> Lexicon:
    """Read every ``data/events`` file (call through ``Resources.get``)."""
    plover = load_plover()
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    exact: dict[str, list[Trigger]] = {}
    for order, row in enumerate(read_tsv("events/triggers.tsv", min_columns=5)):
        cameo, pos, pattern, frame, flag_text = (c.strip() for c in row[:5])
        if cameo not in plover:
            raise ValueError(f"triggers.tsv: CAMEO {cameo} has no PLOVER type")
        flags = _flags(flag_text)
        trig = Trigger(
            cameo=cameo,
            plover=plover[cameo],
            pos=pos,
            frame=tuple(f for f in frame.split(",") if f and f != "-"),
            sym="sym" in flags,
            host="host" in flags,
            intend="intend" in flags,
            needs=frozenset(w for w in flags.get("needs", "").split("|") if w),
            order=order,
            exact="exact" in flags,
            agent="agent" in flags,
            blame="blame" in flags,
            visit="visit" in flags,
            two="two" in flags,
            passive="passive" in flags,
            stems=frozenset(s for s in pattern.split("|") if s),
        )
        for stem in trig.stems:
            table = exact.setdefault(stem, []) if trig.exact else triggers.setdefault((pos, stem), [])
            table.append(trig)
    sectors = list(read_tsv("events/sectors.tsv", min_columns=4))
    return Lexicon(
        triggers={k: tuple(v) for k, v in triggers.items()},
        exact={k: tuple(v) for k, v in exact.items()},
        cues={r[0]: (r[1], r[2]) for r in read_tsv("events/cues.tsv", min_columns=3)},
        sectors_en=tuple((r[1], r[2]) for r in sectors if r[0] == "en"),
        sectors_ar={r[1]: r[2] for r in sectors if r[0] == "ar"},
        numbers={r[0]: int(r[1]) for r in read_tsv("events/numbers.tsv", min_columns=2)},
        speech={r[0]: r[1] for r in read_tsv("events/speech.tsv", min_columns=2)},
        plover=plover,
        person_titles=frozenset(r[1] for r in sectors if r[0] == "ar" and r[3] == "person"),
        months=frozenset(normalize(r[2]) for r in read_tsv("time/months.tsv", min_columns=3)),
        collectives={r[0]: (r[1], r[2]) for r in read_tsv("events/collectives.tsv", min_columns=3)},
        igos={r[0]: r[1] for r in read_tsv("events/igos.tsv", min_columns=2)},
    )
