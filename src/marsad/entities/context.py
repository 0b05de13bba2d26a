"""Context checks for readings that are right only in some places: demonyms that are also
common words, and الغرب as the West."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from marsad.entities.lexicon import Lexicon
from marsad.entities.tokens import Token
from marsad.normalize import Normalized

WEST_ID = "loc:west"
QAEDA_ID = "org:qaeda"


def demonym_here(lex: Lexicon, toks: list[Token], i: int, skip: int, key: tuple[str, ...]) -> bool:
    """Whether a demonym reading at token ``i`` holds: an ambiguous one (الصينية, المجرى,
    اليمنى) only as an adjective right after a definite noun, not after اليد and the like."""
    if len(key) != 1 or not lex.is_("ambdem", key[0]):
        return True
    if skip or i == 0 or toks[i].gap or not toks[i - 1].text.startswith("ال"):
        return False
    return not lex.is_("rightof", toks[i - 1].text)


def west_here(lex: Lexicon, toks: list[Token], i: int, end: int, key: tuple[str, ...]) -> bool:
    """Whether الغرب at token ``i`` is the West as an actor: not a direction (من الشرق إلى
    الغرب, أقصى الغرب) and not a country's west (الغرب الليبي)."""
    if key != ("الغرب",):
        return True
    if i > 0 and any(lex.is_("westnot", t.text) for t in toks[max(i - 3, 0) : i]):
        return False
    nxt = toks[end] if end < len(toks) else None
    return not (nxt and not nxt.gap and (nxt.text,) in lex.demonyms)


def adjective_name(lex: Lexicon, toks: list[Token], i: int, skip: int, key: tuple[str, ...]) -> bool:
    """Whether a place name that is also a nisba adjective (مالي: financial) is the adjective here:
    right after an indefinite noun (دعم مالي) that is neither a preposition nor a noun the place
    name completes (شمال مالي، رئيس مالي)."""
    if len(key) != 1 or not lex.is_("adjname", key[0]) or skip or i == 0 or toks[i].gap:
        return False
    prev = toks[i - 1].text
    return not prev.startswith("ال") and not lex.is_("placeof", prev) and not lex.is_("locprep", prev)


def qaeda_here(lex: Lexicon, toks: list[Token], end: int, key: tuple[str, ...]) -> bool:
    """Whether القاعدة is Al-Qaeda: not when an adjective makes it a base (القاعدة الجوية)."""
    if key != ("القاعده",) or end >= len(toks):
        return True
    return bool(toks[end].gap) or not lex.is_("baseadj", toks[end].text)


def home_country(found: Iterable[tuple[str, str | None]]) -> str | None:
    """The country an article is about: among its (type, country) places and demonyms, the
    one named most often, at least twice and more often than any other, or the only one named.
    Linked persons and organizations count too when the places do not settle it."""
    found = list(found)
    for types in (("GPE",), ("GPE", "PERSON", "ORG")):
        counts = Counter(c for t, c in found if t in types and c and len(c) == 3).most_common(2)
        if not counts:
            continue
        if len(counts) == 1 or (counts[0][1] >= 2 and counts[1][1] < counts[0][1]):
            return counts[0][0]
    return None


def after_definite(toks: list[Token], i: int, skip: int) -> bool:
    return i > 0 and not toks[i].gap and skip == 0 and toks[i - 1].text.startswith("ال")


def language_here(toks: list[Token], i: int, skip: int, key: tuple[str, ...]) -> bool:
    """A feminine demonym read as a language: "بالفرنسية" (in French), "اللغة الروسية"."""
    if len(key) != 1 or not key[0].endswith("ه"):
        return False
    if i > 0 and toks[i - 1].text in ("اللغه", "لغه", "باللغه"):
        return True
    return skip > 0 and toks[i].text[skip - 1] == "ب"


def participle_spelling(lex: Lexicon, norm: Normalized, tok: Token, key: tuple[str, ...]) -> bool:
    """An ambiguous demonym written with a final ى (المجرى, a participle) in a text that writes the
    final ي of في: the writer tells the two letters apart, so it is not the nisba (المجري)."""
    if len(key) != 1 or not lex.is_("ambdem", key[0]) or not key[0].endswith("ي"):
        return False
    s, e = norm.to_original(tok.start, tok.end)
    return norm.original[s:e].endswith("ى") and " في " in norm.original
