"""A rough Arabic-to-Latin transliteration for names the knowledge base does not hold.

It gives a readable provisional English name ("Rustam Amrouf"); a user can
correct it with ``marsad kb add``. Short vowels are not written in Arabic, so
the result is a guess, marked as provisional wherever it is shown.

Two schemes, chosen by the person's country: the English-style one, and the
French-style one of Maghreb usage (ش ch, ق k, final ين -ine, بن Ben-, عبد ال
Abdel-: "توفيق بوعشرين" -> "Taoufik Bouachrine"). Frequent given names take
their customary spelling from ``data/kb/romanized.tsv``.
"""

from __future__ import annotations

from functools import cache

from marsad.normalize import normalize
from marsad.resources import read_tsv

MAGHREB = frozenset({"MAR", "DZA", "TUN", "MRT"})
_VOWEL_LETTERS = "اأإآويىة"

_CONS = {
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ء": "",
    "ئ": "",
    "ؤ": "",
    "پ": "p",
    "چ": "ch",
    "ڤ": "v",
    "گ": "g",
}
_FRENCH = {"ش": "ch", "ق": "k"}


@cache
def _customary() -> dict[str, tuple[str, str]]:
    """Normalized given name -> (English-style, French-style)."""
    return {normalize(ar): (en, fr) for ar, en, fr, *_ in read_tsv("kb/romanized.tsv", min_columns=3)}


def scheme_for(country: str | None) -> str:
    """"fr" for the Maghreb countries, else "en"."""
    return "fr" if country in MAGHREB else "en"


def _letter(w: str, i: int, fr: bool) -> str:
    ch, n = w[i], len(w)
    nxt = w[i + 1] if i + 1 < n else ""
    if ch in "اأإآى" or ch == "ة":
        return "a"
    if ch == "و":
        return "w" if i == 0 or (nxt and nxt in "اي") else "ou"
    if ch == "ي":
        if fr and i > 0 and nxt == "ا" and w[i - 1] not in _VOWEL_LETTERS:
            return "i"  # زيان -> Ziane
        return "y" if i == 0 or (nxt and nxt in "اوى") else "i"
    if ch == "ه" and i == n - 1 and n > 2:
        return "a" if w[i - 1] not in "اوي" else "h"
    if ch == "ع" and 0 < i < n - 1 and nxt not in _VOWEL_LETTERS and w[i - 1] in "اوي":
        return "a"  # بوعشرين -> Bouachrine
    return (_FRENCH.get(ch) if fr else None) or _CONS.get(ch, "")


def _word(w: str, fr: bool = False) -> str:
    out: list[str] = []
    n = len(w)
    for i, ch in enumerate(w):
        out.append(_letter(w, i, fr))
        # no short vowel is written between two consonants: guess "a" after the first letter
        if i == 0 and ch not in "اأإآويى" and i + 1 < n and w[i + 1] not in _VOWEL_LETTERS:
            out.append("a")
    if n > 1 and w[0] in "اأإ" and w[1] == "و":
        out[0] = ""  # أوناجم -> Ounajm
    s = "".join(out)
    if fr and len(out) >= 2 and n > 3 and w[-1] not in _VOWEL_LETTERS + "ه" and w[-2] not in _VOWEL_LETTERS + "ع":
        s = s[: -len(out[-1])] + "e" + out[-1] if out[-1] else s  # القادر -> kader
    if fr and (w.endswith("ين") or w.endswith("ان")) and n > 3:
        s += "e"  # بوعشرين -> Bouachrine, زيان -> Ziane
    return s[:1].upper() + s[1:]


def _one(w: str, fr: bool) -> str:
    known = _customary().get(w)
    if known:
        return known[1] if fr else known[0]
    if w.startswith("ال") and len(w) > 3:
        return ("El " if fr else "al-") + _word(w[2:], fr)
    if fr and w.startswith("بن") and len(w) > 4:
        return "Ben" + _word(w[2:], fr).lower()  # بنكيران -> Benkiran
    return _word(w, fr)


def transliterate(name: str, country: str | None = None) -> str:
    """``"رستم عمروف"`` -> ``"Rastm Amrouf"`` (approximate); French-style for a Maghreb ``country``
    (``"محمد بنعبد القادر", "MAR"`` -> ``"Mohamed Benabdelkader"``)."""
    fr = scheme_for(country) == "fr"
    words = []
    for w in normalize(name).split():  # "بنعبدالقادر" is written joined as often as apart
        for prefix in ("بنعبد", "عبد"):
            if w.startswith(prefix + "ال") and len(w) > len(prefix) + 3:
                words += [prefix, w[len(prefix) :]]
                break
        else:
            words.append(w)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("عبد", "بنعبد") and nxt.startswith("ال") and len(nxt) > 3:
            head = "Abd" if w == "عبد" else ("Benabd" if fr else "Bin Abd")
            tail = _one(nxt, fr)
            out.append(head + "el" + tail[3:].lower() if fr else f"{head} {tail}")
            i += 2
            continue
        out.append(_one(w, fr))
        i += 1
    return " ".join(out)
