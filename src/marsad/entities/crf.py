"""A CRF sequence tagger for names the knowledge base does not hold.

It reads the normalized text as word and punctuation tokens, with the entity stage's
own readings (the type of the entity each token lies in, demonyms apart), word
lists (knowledge-base names, titles, given names, common words), character n-grams of
the word without its clitics, a name-likeness score (a character n-gram naive Bayes
model of knowledge-base name words against common words) and distributional word
clusters (``kb/clusters.tsv``, built from unlabeled news by ``tools/kb/build_clusters.py``)
as features. A name it finds also marks its other mentions, whole or by its last word
(برلسكوني after سيلفيو برلسكوني). It is
trained by ``tools/kb/train_crf.py`` on the first four fifths of NewsFANE Gold 2014
(CC BY-SA 3.0), its clitics glued back so that its tokens look like running text
(:func:`marsad.entities.newsfane.glue`); the model is ``marsad/data/kb/ner-crf.crfsuite``.

The entity stage keeps what it found and adds the CRF's PERSON/ORG/GPE/LOC spans that
overlap none of its own (unlinked: no knowledge-base id, no English name). It needs
``python-crfsuite``; without it, or without the model, the stage runs on rules alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from marsad.entities.lexicon import lexicon
from marsad.kb.model import bundled_kb
from marsad.normalize import Normalized
from marsad.records import Entity
from marsad.resources import data_path, read_tsv

MODEL = "kb/ner-crf.crfsuite"
CLUSTERS = "kb/clusters.tsv"
TYPES = ("PERSON", "ORG", "GPE", "LOC")
_TOKEN = re.compile(r"[0-9a-z\u0621-\u064a]+|[^\s0-9a-z\u0621-\u064a]")
_CONJ, _PREP = "وف", "بلك"
Span = tuple[int, int, str]
THRESHOLD = 0.6  # least marginal probability of every label of a new span
LEAST = MappingProxyType({"ORG": 0.8})  # higher for ORG: most of its ORG spans were wrong (dev split)


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    kb, lex = bundled_kb(), lexicon()
    person: set[str] = set()
    other: set[str] = set()
    for key, ids in kb.by_name.items():
        types = {kb.entries[i].type for i in ids if i in kb.entries}
        (person if "PERSON" in types else other).update(key)
    return {
        "kbper": frozenset(person),
        "kbname": frozenset(other),
        "title": frozenset(w for key in lex.titles for w in key),
        "stop": lex.words.get("stop", frozenset()),
        "common": lex.words.get("common", frozenset()),
        "given": lex.words.get("given", frozenset()),
    }


@cache
def _clusters() -> dict[str, tuple[str, ...]]:
    """Word (clitics stripped) -> its cluster numbers, coarse to fine (tools/kb/build_clusters.py)."""
    try:
        return {row[0]: tuple(row[1:]) for row in read_tsv(CLUSTERS, min_columns=2)}
    except OSError:
        return {}


def _cluster_feats(r: str, prefix: str = "") -> tuple[str, ...]:
    ids = _clusters().get(r)
    if ids is None:
        return (prefix + "c=none",)
    return _cluster_names(ids, prefix)


@lru_cache(maxsize=1 << 14)
def _cluster_names(ids: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}c{k}={c}" for k, c in enumerate(ids))


def _grams(w: str) -> list[str]:
    x = f"<{w}>"
    return [x[i : i + n] for n in (2, 3, 4) for i in range(len(x) - n + 1)]


@cache
def _name_model() -> tuple[dict[str, float], float]:
    """Character n-gram log-odds of a word being a name word (knowledge-base names and given
    names) rather than a common word: a naive Bayes model over the bundled word lists."""
    from collections import Counter
    from math import log

    sets = _word_sets()
    pos = sets["kbper"] | sets["kbname"] | sets["given"]
    neg = sets["common"] - pos
    cp: Counter[str] = Counter()
    cn: Counter[str] = Counter()
    for w in pos:
        cp.update(_grams(w))
    for w in neg:
        cn.update(_grams(w))
    grams = cp.keys() | cn.keys()
    tp, tn, v = cp.total(), cn.total(), len(grams)
    base = log((tn + v) / (tp + v))
    odds = {g: base + log((cp.get(g, 0) + 1) / (cn.get(g, 0) + 1)) for g in grams}
    return odds, log(len(pos) / len(neg))


@lru_cache(maxsize=1 << 18)
def name_like(r: str) -> str:
    """A word's name-likeness bucket: the naive Bayes log-odds per n-gram, coarsely."""
    if len(r) < 2 or not r[0].isalpha():
        return "nl=x"
    odds, prior = _name_model()
    grams = _grams(r[2:] if r.startswith("ال") and len(r) > 4 else r)
    score = (prior + sum(odds.get(g, 0.0) for g in grams)) / len(grams)
    return f"nl={max(-3, min(3, round(score * 2)))}"


@lru_cache(maxsize=1 << 18)
def stripped(w: str) -> str:
    """The word without a leading conjunction and preposition (وبالقاهرة -> القاهرة)."""
    if len(w) > 3 and w[0] in _CONJ:
        w = w[1:]
    if len(w) > 4 and w.startswith("لل"):
        return "ال" + w[2:]
    if len(w) > 3 and w[0] in _PREP and w[1:3] == "ال":
        return w[1:]
    return w


@lru_cache(maxsize=1 << 18)
def _flags(w: str) -> tuple[str, ...]:
    sets = _word_sets()
    r = stripped(w)
    out = [name for name, s in sets.items() if w in s]
    if r != w:
        out += ["r" + name for name, s in sets.items() if r in s]
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _own(w: str) -> tuple[str, ...]:
    """What a word tells about itself (a pure function of the word: memoized)."""
    r = stripped(w)
    out = ["w=" + w, "r=" + r, "p3=" + w[:3], "s2=" + w[-2:], "s3=" + w[-3:], "rp2=" + r[:2]]
    out += ["rp3=" + r[:3], "rs1=" + r[-1:], "rs2=" + r[-2:], "rs3=" + r[-3:], "rs4=" + r[-4:]]
    out += [f"len={min(len(r), 9)}", name_like(r)]
    if r.startswith("ال"):
        out.append("al")
    if w.isdigit():
        out.append("dig")
    elif w.isascii() and w.isalpha():
        out.append("lat")
    elif not w[0].isalnum():
        out.append("punct")
    return (*out, *_flags(w), *_cluster_feats(r))


@lru_cache(maxsize=1 << 16)
def _sides(w: str) -> dict[int, tuple[str, ...]]:
    """What a word tells its neighbours, by offset (-2, -1, 1, 2): memoized, all at once."""
    ids = _clusters().get(stripped(w))
    flags = _flags(w)
    out = {}
    for off, p in ((-1, "-1"), (1, "1")):
        clusters = (p + "c=none",) if ids is None else _cluster_names(ids, p)
        out[off] = (f"{p}w={w}", f"{p}s2={w[-2:]}", *[p + x for x in flags], *clusters)
    for off, p in ((-2, "-2"), (2, "2")):
        out[off] = (f"{p}w={w}", *((p + "c=none",) if ids is None else _cluster_names(ids, p)[:2]))
    return out


_EDGE = {off: (f"{off}w=<s>",) for off in (-2, -1, 1, 2)}


def features(words: Sequence[str], tags: Sequence[str], a: int = 0, b: int | None = None) -> list[list[str]]:
    """Feature lists of tokens ``a`` to ``b`` of a sequence of normalized tokens with the stage's tags."""
    n = len(words)
    out = []
    for i in range(a, n if b is None else b):
        w = words[i]
        f = ["g=" + tags[i], *_own(w)]
        for off in (-2, -1, 1, 2):
            j = i + off
            f.extend(_sides(words[j])[off] if 0 <= j < n else _EDGE[off])
        if i:
            f.append("-1g=" + tags[i - 1])
        if i + 1 < n:
            f.append("1g=" + tags[i + 1])
        out.append(f)
    return out


def segments(words: Sequence[str], tags: Sequence[str], margin: int = 2) -> list[tuple[int, int]]:
    """Stretches worth tagging: around words outside the stage's spans that are not common
    words (or are heads of organization names), ``margin`` tokens either side."""
    common, stop = _word_sets()["common"], _word_sets()["stop"]
    heads = lexicon().words.get("orghead", frozenset())
    out: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if tags[i] != "O" or len(w) < 3 or not w[0].isalpha():
            continue
        r = stripped(w)
        if (w in common or r in common or w in stop) and r not in heads:
            continue
        a, b = max(i - margin, 0), min(i + margin + 1, len(words))
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def tokens(text: str) -> list[tuple[int, int]]:
    """Word and punctuation tokens of a normalized text, as (start, end)."""
    return [m.span() for m in _TOKEN.finditer(text)]


def stage_tags(toks: list[tuple[int, int]], spans: list[Span]) -> list[str]:
    """BIO tags of tokens from character spans (normalized text) with their labels."""
    tags = ["O"] * len(toks)
    starts = [s for s, _ in toks]
    for s, e, label in spans:
        i = bisect_right(starts, s) - 1
        if i < 0 or toks[i][1] <= s:
            i += 1
        first = True
        while i < len(toks) and toks[i][0] < e:
            tags[i] = ("B-" if first else "I-") + label
            first = False
            i += 1
    return tags


def known_spans(entities: Sequence[Entity], norm: Normalized) -> list[Span]:
    """The stage's entities as normalized-text spans; a demonym is labelled DEM."""
    dem = lexicon().demonyms
    out = []
    for e in entities:
        s, t = to_norm(norm, e.start, e.end)
        label = "DEM" if tuple(norm.text[s:t].split()) in dem else e.type
        out.append((s, t, label))
    return out


def to_norm(norm: Normalized, start: int, end: int) -> tuple[int, int]:
    if norm.offsets is None:
        return start, end
    return bisect_left(norm.offsets, start), bisect_left(norm.offsets, end)


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) token spans of a BIO sequence."""
    out, start, typ = [], -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == typ:
            continue
        if start >= 0:
            out.append((start, i, typ))
            start, typ = -1, ""
        if tag != "O":
            start, typ = i, tag[2:]
    return out


class CrfTagger:
    """The loaded model. Tagging passes crfsuite only the attributes the model knows: crfsuite
    skips the others anyway (so the scores are the same), and most feature strings of a token
    (rare words, their n-grams) are unknown to an L1-trained model. The filtered feature tuples
    of each word are memoized on the tagger (pure functions of the word and the model)."""

    CACHE = 1 << 17  # words whose filtered features are kept; cleared when full

    def __init__(self, tagger: Any, attributes: frozenset[str] | None = None) -> None:
        self.tagger = tagger
        if attributes is None:
            attributes = _attributes(tagger)
        self.known = attributes
        self._words: dict[str, tuple[tuple[bytes, ...], tuple[tuple[bytes, ...], ...]]] = {}
        self._tags: dict[tuple[str, str], tuple[bytes, ...]] = {}
        self._edge = {off: self._keep(feats) for off, feats in _EDGE.items()}

    @classmethod
    def load(cls, path: str | Path | None = None) -> CrfTagger:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path or data_path(MODEL)))
        return cls(tagger)

    @classmethod
    def load_optional(cls) -> CrfTagger | None:
        """The bundled model, or None where python-crfsuite or the model is missing."""
        try:
            return cls.load()
        except (ImportError, OSError):
            return None

    def _keep(self, feats: Sequence[str]) -> tuple[bytes, ...]:
        """The known ones, UTF-8 encoded once (crfsuite reads attribute names as UTF-8 bytes)."""
        known = self.known
        return tuple([f.encode() for f in feats if f in known or not known])

    def _word(self, w: str) -> tuple[tuple[bytes, ...], tuple[tuple[bytes, ...], ...]]:
        """The known features of a word about itself and, by offset -2, -1, 1, 2, about its neighbours."""
        got = self._words.get(w)
        if got is None:
            if len(self._words) >= self.CACHE:
                self._words.clear()
            sides = _sides.__wrapped__(w)  # the word's features, past the training-time caches
            keep = self._keep
            got = self._words[w] = (keep(_own.__wrapped__(w)), tuple([keep(sides[o]) for o in (-2, -1, 1, 2)]))
        return got

    def _tag_feat(self, prefix: str, tag: str) -> tuple[bytes, ...]:
        got = self._tags.get((prefix, tag))
        if got is None:
            got = self._tags[(prefix, tag)] = self._keep((prefix + tag,))
        return got

    def features(
        self, words: Sequence[str], tags: Sequence[str], a: int = 0, b: int | None = None
    ) -> list[list[bytes]]:
        """:func:`features` without the attributes the model does not know, in the same order,
        UTF-8 encoded (what pycrfsuite would encode them to)."""
        n = len(words)
        b = n if b is None else b
        lo, hi = max(a - 2, 0), min(b + 2, n)
        word = self._word
        own, sides = zip(*[word(w) for w in words[lo:hi]], strict=True) if hi > lo else ((), ())
        edge, tf = self._edge, self._tag_feat
        out = []
        for i in range(a, b):
            k = i - lo
            f = [*tf("g=", tags[i]), *own[k]]
            for x, off in enumerate((-2, -1, 1, 2)):
                j = i + off
                f.extend(sides[k + off][x] if 0 <= j < n else edge[off])
            if i:
                f.extend(tf("-1g=", tags[i - 1]))
            if i + 1 < n:
                f.extend(tf("1g=", tags[i + 1]))
            out.append(f)
        return out

    def tag(self, text: str, known: list[Span], threshold: float = THRESHOLD) -> list[Span]:
        """New (start, end, type) spans of a normalized text that overlap no known span."""
        toks = tokens(text)
        if not toks:
            return []
        words = [text[s:e] for s, e in toks]
        g = stage_tags(toks, known)
        labels = ["O"] * len(words)
        probs = [1.0] * len(words)
        for a, b in segments(words, g):
            labels[a:b] = self.tagger.tag(self.features(words, g, a, b))
            if threshold:
                for i, y in enumerate(labels[a:b]):
                    if y != "O":  # only the labels of spans are ever checked
                        probs[a + i] = self.tagger.marginal(y, i)
        found = [
            (a, b, typ)
            for a, b, typ in spans_of(labels)
            if typ in TYPES and _plausible(words[a:b]) and min(probs[a:b]) >= max(threshold, LEAST.get(typ, 0.0))
        ]
        if PROPAGATE:
            found = _propagate(words, g, found)
        taken = sorted((s, e) for s, e, _ in known)
        out = []
        for a, b, typ in found:
            s, e = toks[a][0] + _skip(words[a]), toks[b - 1][1]
            k = bisect_left(taken, (s, s))
            if (k < len(taken) and taken[k][0] < e) or (k and taken[k - 1][1] > s):
                continue
            out.append((s, e, typ))
        return out


PROPAGATE = True


def _attributes(tagger: Any) -> frozenset[str]:
    """The attribute names of an opened crfsuite model (empty where it cannot tell: no filtering)."""
    try:
        return frozenset(tagger.info().attributes)
    except Exception:  # an unreadable dump only costs speed
        return frozenset()


def _propagate(words: Sequence[str], g: Sequence[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add other mentions of a found name, whole or by its last word alone (برلسكوني after
    سيلفيو برلسكوني), where neither the stage nor the tagger put anything."""
    sets = _word_sets()
    names: dict[str, tuple[str, list[tuple[str, ...]]]] = {}
    for a, b, typ in found:
        if typ == "PERSON" or b - a == 1:
            r = stripped(words[b - 1])
            common = r in sets["common"] and b - a == 1  # the last word of a longer name may be common
            if len(r) > 2 and not common and not any(r in sets[k] for k in ("stop", "given", "title")):
                names.setdefault(r, (typ, []))[1].append(tuple(words[a : b - 1]))
    if not names:
        return found
    busy = [t != "O" for t in g]
    for a, b, _ in found:
        busy[a:b] = [True] * (b - a)
    extra = []
    for i, w in enumerate(words):
        if busy[i] or (hit := names.get(stripped(w))) is None:
            continue
        a = i
        for head in hit[1]:
            k = len(head)
            if k and i >= k and tuple(words[i - k : i]) == head and not any(busy[i - k : i]):
                a = i - k
                break
        extra.append((a, i + 1, hit[0]))
    return sorted(found + extra)


def _plausible(words: list[str]) -> bool:
    """Not punctuation at either end, no stop word, no word twice."""
    sets = _word_sets()
    if not words[0][0].isalnum() or not words[-1][0].isalnum() or len(set(words)) < len(words):
        return False
    return not any(w in sets["stop"] for w in words)


def _skip(w: str) -> int:
    """How many leading proclitic letters of a name's first word are not part of it."""
    known, heads = _known_heads()
    if w in known or len(w) < 4:
        return 0
    r = stripped(w)
    if r.startswith("ال") and w.endswith(r):
        return len(w) - len(r)
    vocab = _clusters()
    for n in (2, 1):
        two = n == 1 or (w[0] in _CONJ and w[1] in "بل")
        rare = w not in vocab and w[n:] in vocab  # وكانافارو: the name is seen alone, never glued
        if len(w) - n > 3 and w[0] in "وفبل" and two and (w[n:] in heads or rare):
            return n
    return 0


@cache
def _known_heads() -> tuple[frozenset[str], frozenset[str]]:
    sets = _word_sets()
    known = sets["given"] | sets["kbper"] | sets["kbname"]
    return known, known | sets["common"] | lexicon().words.get("orghead", frozenset())
