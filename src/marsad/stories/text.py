"""Tokens for stories and search: normalized, lightly stemmed Arabic words.

The stemmer is a light affix stripper in the spirit of Larkey's light10,
applied to the matching form of :func:`marsad.normalize.normalize`: it removes
the article and the common proclitics (و ف ب ك ل) and one frequent suffix, so
``لأنقرة`` ``بأنقرة`` ``أنقرة`` all become the same token. The same function
is used for indexing and for queries, so an odd stem never breaks a match.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from marsad.normalize import normalize
from marsad.resources import read_tsv

_WORD = re.compile(r"[\u0621-\u064a]+|[a-z]+|\d+")
_FOLD = str.maketrans({"\u0626": "\u064a", "\u0624": "\u0648"})  # ئ -> ي, ؤ -> و

_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
_PROCLITIC = frozenset("وفبلك")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "يا", "ه", "ي")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light stem of one normalized word (idempotent on its output's class)."""
    w = word.translate(_FOLD)
    if not ("\u0621" <= w[:1] <= "\u064a"):
        return w
    for art in _ARTICLES:
        if w.startswith(art) and len(w) - len(art) >= 2:
            w = w[len(art) :]
            break
    else:
        if len(w) >= 6 and w[0] in "وف" and w[1] in "بلك":
            w = w[2:]
        elif len(w) >= 6 and w[0] in _PROCLITIC:
            w = w[1:]
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def words(text: str) -> list[str]:
    """Normalized word tokens (not stemmed)."""
    return _WORD.findall(normalize(text))


def stems(text: str) -> list[str]:
    """Light stems of all words of ``text``, stop words included."""
    return [stem(w) for w in words(text)]


@cache
def stopwords() -> frozenset[str]:
    """Stems of the words in ``data/stories/stopwords.tsv``."""
    out: set[str] = set()
    for row in read_tsv("stories/stopwords.tsv"):
        for w in words(row[0]):
            out.add(stem(w))
    return frozenset(out)


def content_stems(text: str) -> list[str]:
    """Stems that carry content: stop words, digits and one-letter tokens dropped."""
    stop = stopwords()
    return [s for s in stems(text) if len(s) > 1 and s not in stop and not s.isdigit()]


def term_counts(title: str | None, text: str, title_weight: int = 3) -> Counter[str]:
    """Content stem counts of an article, the headline counted ``title_weight`` times."""
    counts = Counter(content_stems(text))
    if title:
        for s in content_stems(title):
            counts[s] += title_weight
    return counts


def shingles(text: str, size: int = 4) -> set[str]:
    """Word ``size``-grams of the normalized text (duplicate detection)."""
    toks = words(text)
    if len(toks) < size:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + size]) for i in range(len(toks) - size + 1)}


def search_form(text: str) -> str:
    """The indexed form of a text for full-text search: stems joined by spaces."""
    return " ".join(stems(text))
