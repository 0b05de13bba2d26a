"""A rough Arabic-to-Latin transliteration for names the knowledge base does not hold.

It gives a readable provisional English name ("Rustam Amrouf"); a user can
correct it with ``marsad kb add``. Short vowels are not written in Arabic, so
the result is a guess, marked as provisional wherever it is shown.
"""

from __future__ import annotations

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


def _word(w: str) -> str:
    out: list[str] = []
    n = len(w)
    for i, ch in enumerate(w):
        last = i == n - 1
        if ch in "اأإآ" or ch == "ى" or ch == "ة":
            out.append("a")
        elif ch == "و":
            out.append("w" if i == 0 or (i + 1 < n and w[i + 1] in "اي") else "ou")
        elif ch == "ي":
            out.append("y" if i == 0 or (i + 1 < n and w[i + 1] in "اوى") else ("i" if not last else "i"))
        elif ch == "ه" and last and n > 2:
            out.append("a" if w[i - 1] not in "اوي" else "h")
        else:
            out.append(_CONS.get(ch, ""))
        # no short vowel is written between two consonants: guess "a" after the first letter
        if i == 0 and ch not in "اأإآويى" and i + 1 < n and w[i + 1] not in "اأإآويىة":
            out.append("a")
    s = "".join(out)
    return s[:1].upper() + s[1:]


def transliterate(name: str) -> str:
    """``"رستم عمروف"`` -> ``"Rastm Amrouf"`` (approximate)."""
    words = []
    for w in name.split():
        if w.startswith("ال") and len(w) > 3:
            words.append("al-" + _word(w[2:]))
        else:
            words.append(_word(w))
    return " ".join(words)
