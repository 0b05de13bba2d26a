"""Keyword tags: split a tag line into tags.

Pages that flatten their tag links leave only spaces between tags, and tags
have several words ("الأزمة الأوكرانية", "رجب طيب أردوغان"). Explicit
separators (، , | # newline) win; otherwise words are joined by a few rules
whose vocabulary is data (``data/clean/tag_words.tsv``): connectors, given
names, the conjunction و, and nisba adjectives (…ية / …ي) that qualify the word
before them. A change of script (Persian letters ی ک against Arabic ي ك) also
ends a tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.normalize import fix_letters, normalize
from marsad.resources import read_tsv

_SEPARATORS = re.compile(r"\s*(?:[،,|#؛;\n]|\s-\s)\s*")
_PERSIAN = re.compile("[\u06cc\u06a9]")


@dataclass(frozen=True)
class TagWords:
    connector: frozenset[str]
    given_name: frozenset[str]
    w_initial: frozenset[str]
    noun_iya: frozenset[str]
    construct: frozenset[str]


@cache
def tag_words() -> TagWords:
    classes: dict[str, set[str]] = {}
    for cls, words, *_ in read_tsv("clean/tag_words.tsv", min_columns=2):
        classes.setdefault(cls, set()).update(normalize(w.replace("_", " ")) for w in words.split())
    names = ("connector", "given_name", "w_initial", "noun_iya", "construct")
    return TagWords(*(frozenset(classes.get(n, ())) for n in names))


def split_tags(line: str) -> list[str]:
    """Tags of a tag line, letters repaired (فی أوکرانیا → في أوكرانيا)."""
    pieces = [p for p in _SEPARATORS.split(line) if p.strip()]
    if len(pieces) > 1:
        return [fix_letters(p.strip()) for p in pieces]
    tags: list[str] = []
    for tokens in _tag_tokens(line.split()):
        tag = fix_letters(" ".join(tokens))
        if tag not in tags:
            tags.append(tag)
    return tags


def _tag_tokens(words: list[str]) -> list[list[str]]:
    tw = tag_words()
    tags: list[list[str]] = []
    name_left = 0  # surname words a person's tag still takes
    i = 0
    while i < len(words):
        word, norm = words[i], normalize(words[i])
        pair = normalize(" ".join(words[i:i + 2]))
        if pair in tw.given_name or norm in tw.given_name:
            step = 2 if pair in tw.given_name and len(words) > i + 1 else 1
            tags.append(words[i:i + step])
            name_left = 1
            i += step
            continue
        if tags and (name_left > 0 and not norm.startswith("ال") or _joins(tags[-1], word, tw)):
            tags[-1].append(word)
            name_left = name_left - 1 if norm not in tw.connector else name_left
        else:
            tags.append([word])
            name_left = 0
        i += 1
    return tags


def _joins(current: list[str], word: str, tw: TagWords) -> bool:
    prev, norm = normalize(current[-1]), normalize(word)
    if bool(_PERSIAN.search(current[-1])) != bool(_PERSIAN.search(word)):
        return False
    if prev in tw.connector or norm in tw.connector:
        return True
    if norm.startswith("و") and len(norm) > 3 and norm not in tw.w_initial:
        return True
    if norm.startswith("ال") and prev in tw.construct:
        return True
    if norm in tw.noun_iya or not norm.endswith(("يه", "ي")):
        return False
    # a nisba adjective agrees in definiteness with the word it qualifies
    return norm.startswith("ال") == prev.startswith("ال")
