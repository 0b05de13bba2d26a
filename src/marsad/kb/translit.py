"""A rough Arabic-to-Latin transliteration for names the knowledge base does not hold.

It gives a readable provisional English name ("Bassam Radi"); a user can correct it with
``marsad kb add``. Short vowels are not written in Arabic, so the result is a guess, marked as
provisional wherever it is shown.

Two schemes, chosen by the person's country: the English press style, and the French style of
Maghreb usage (ش ch, ق k, و ou, final ين -ine, بن Ben-, عبد ال Abdel-: "توفيق بوعشرين" ->
"Taoufik Bouachrine"). Customary spellings come from ``data/kb/romanized.tsv``: whole words
and word pairs ("عبد الله" Abdullah, "آل ثاني" Al Thani), words glued to the one before
("+allah": "نصر الله" Nasrallah) and word endings ("-وف" -ov: "لافروف" Lafrov).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from marsad.normalize import normalize
from marsad.resources import read_tsv

MAGHREB = frozenset({"MAR", "DZA", "TUN", "MRT"})
LEVANT = frozenset({"PSE", "LBN", "SYR", "JOR", "ISR"})  # family names in ة are written -eh: Odeh
PERSIAN, TURKISH = frozenset({"IRN", "AFG", "TJK"}), frozenset({"TUR", "AZE"})
_MAQSURA, _TA = "\ue000", "\ue001"  # ى and ة, kept apart from ي and ه through normalize()
_ALEFS = "اأإآى" + _MAQSURA + _TA
_VOWEL_LETTERS = _ALEFS + "وي"

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "", "ئ": "",
    "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}  # fmt: skip
_FRENCH = {"ش": "ch", "ق": "k", "و": "ou"}
_NO_LETTERS: Mapping[str, str] = MappingProxyType({})
_GULF = {"ظ": "dh"}  # Kadhimi, Dhaheri
_BY_COUNTRY: dict[str, Mapping[str, str]] = {
    "EGY": {"ج": "g", "ق": "k"},  # Gamal, Tarek
    "DZA": {"ج": "dj"},  # Abdelmadjid
    "IRN": {"ق": "gh", "ذ": "z", "ض": "z", "ث": "s", "و": "v"},  # Persian: Ghalibaf, Vahidi
    **dict.fromkeys(("IRQ", "SAU", "ARE", "KWT", "QAT", "BHR", "OMN", "YEM"), _GULF),
}


@dataclass(frozen=True, slots=True)
class _Style:
    fr: bool  # French (Maghreb) style
    eh: bool  # final ة of a family name written -eh (Levant)
    letters: Mapping[str, str]  # the country's usage: ج g in Egypt (Gamal)
    col: int = 0  # romanized.tsv column: 0 English, 1 French, 2 Persian, 3 Turkish (empty: English)
    country: str = ""  # rows for some countries only ("محمد@EGY") come first
    bare: bool = False  # a family name's ال left out (Tunisia: الغنوشي -> Ghannouchi)
    lam: bool = False  # ال before ع is L- (Algeria: العرباوي -> Larbaoui)

    def pick(self, latin: tuple[str, ...]) -> str:
        return (latin[self.col] if self.col < len(latin) else "") or latin[0]


@dataclass(frozen=True, slots=True)
class _Table:
    words: dict[str, tuple[str, ...]]  # normalized word or "word word" -> (English, French, ...)
    endings: list[tuple[str, tuple[str, ...]]]  # longest first

    def get(self, key: str, st: _Style) -> tuple[str, ...] | None:
        return self.words.get(f"{key}@{st.country}") or self.words.get(key)


def _key(w: str) -> str:
    return w.replace(_MAQSURA, "ي").replace(_TA, "ه")


@cache
def _table() -> _Table:
    words: dict[str, tuple[str, ...]] = {}
    endings: list[tuple[str, tuple[str, ...]]] = []
    for ar, *latin in read_tsv("kb/romanized.tsv", min_columns=3):
        if ar.startswith("-"):
            endings.append((normalize(ar[1:]), tuple(latin)))
        else:
            ar, _, countries = ar.partition("@")
            key = " ".join(normalize(ar).split())
            for country in countries.split(",") if countries else [""]:
                words[f"{key}@{country}" if country else key] = tuple(latin)
    endings.sort(key=lambda e: -len(e[0]))
    return _Table(words, endings)


def scheme_for(country: str | None) -> str:
    """"fr" for the Maghreb countries, else "en"."""
    return "fr" if country in MAGHREB else "en"


def _letter(w: str, i: int, st: _Style) -> str:
    ch, n = w[i], len(w)
    nxt = w[i + 1] if i + 1 < n else ""
    prev = w[i - 1] if i else ""
    if ch in "اأإآ" + _MAQSURA:
        return "a"
    if ch == _TA and prev == "ا":
        return "t"  # حياة -> Hayat
    if ch == _TA or (ch == "ه" and i == n - 1 and n > 2 and prev not in "اوي"):
        return "eh" if st.eh else "a"
    if ch == "و":
        if st.fr:
            return "ou"
        return st.letters.get(ch, "w") if i == 0 or (nxt and nxt in "اي" + _TA) else "ou"
    if ch == "ي":
        if st.fr and i > 0 and nxt == "ا" and prev not in _VOWEL_LETTERS:
            return "i"  # زيان -> Ziane
        if nxt == _TA:
            return "iy" if st.eh or not st.fr else "i"  # عطية -> Atiya, Atia
        return "y" if i == 0 or (nxt and nxt in "او" + _MAQSURA) else "i"
    if ch == "ع" and i > 0 and (nxt == "" or nxt not in "وي" + _TA) and (
        prev not in _VOWEL_LETTERS or (prev in "اوي" and nxt not in _VOWEL_LETTERS)
    ):
        return "a"  # معن -> Maan, سعد -> Saad, بوعشرين -> Bouachrine
    if ch == "ؤ":
        return "ou" if st.fr else "u"  # فؤاد -> Fuad
    if ch == "ئ":
        return "e" if prev == "ا" else "i"
    if ch in st.letters:
        return st.letters[ch]
    return (_FRENCH.get(ch) if st.fr else None) or _CONS.get(ch, "")


def _participle(w: str, st: _Style) -> str | None:
    """CāCiC and its nisba CāCiCī (حافظ Hafez, مالكي Maliki): the one short vowel is guessed."""
    core = w[:-1] if len(w) == 5 and w[-1] == "ي" else w
    if len(core) != 4 or core[1] != "ا" or core[0] in _VOWEL_LETTERS + "ع" or core[2] in "او":
        return None
    if core[3] in _VOWEL_LETTERS or core[3] == "ه":
        return None
    mid = "y" if core[2] == "ي" else _letter(core, 2, st)
    tail = "i" if core is not w else ""
    return _letter(core, 0, st) + "a" + mid + ("i" if tail else "e") + _letter(core, 3, st) + tail


def _word(w: str, st: _Style, stem: bool = False) -> str:
    mafoul = len(w) == 5 and w[0] == "م" and w[3] == "و"  # مخلوف, معروف: an Arabic pattern, not -ov
    for ending, latin in _table().endings:
        if w.endswith(ending) and len(w) > len(ending) + 1 and not mafoul:
            return _word(w[: -len(ending)], st, stem=True) + st.pick(latin)
    guess = None if stem else _participle(w, st)
    if guess:
        return guess[:1].upper() + guess[1:]
    out: list[str] = []
    n = len(w)
    for i, ch in enumerate(w):
        out.append(_letter(w, i, st))
        # no short vowel is written between two consonants: guess "a" after the first letter
        if i == 0 and ch not in _ALEFS and i + 1 < n and w[i + 1] not in _VOWEL_LETTERS + "ؤ":
            out.append("a")
    if n > 1 and w[0] in "اأإ" and w[1] == "و":
        out[0] = ""  # أوناجم -> Ounajm
    s = "".join(out)
    if st.fr and len(out) >= 2 and n > 3 and w[-1] not in _VOWEL_LETTERS + "ه" and w[-2] not in _VOWEL_LETTERS + "ع":
        s = s[: -len(out[-1])] + "e" + out[-1] if out[-1] else s  # القادر -> kader
    if st.fr and (w.endswith("ين") or w.endswith("ان")) and n > 3:
        s += "e"  # بوعشرين -> Bouachrine, زيان -> Ziane
    s = s or "a"  # a lone ع or ء
    return s[:1].upper() + s[1:]


def _one(w: str, st: _Style) -> str:
    known = _table().get(_key(w), st)
    if known:
        return st.pick(known)
    if w.startswith("ال") and len(w) > 3 and st.lam and w[2] == "ع":
        return "L" + _one(w[2:], st).lower()
    if w.startswith("ال") and len(w) > 3 and st.bare:
        return _one(w[2:], st)
    if w.startswith("ال") and len(w) > 3:
        return ("El " if st.fr else "al-") + _one(w[2:], st)
    if st.fr and w.startswith("بن") and len(w) > 4:
        return "Ben" + _word(w[2:], st).lower()  # بنكيران -> Benkiran
    return _word(w, st)


def _split(name: str) -> list[str]:
    """Normalized words; "بنعبدالقادر" is written joined as often as apart."""
    text = normalize(name.replace("ى", _MAQSURA).replace("ة", _TA))
    words: list[str] = []
    for w in text.split():
        for prefix in ("بنعبد", "عبد"):
            if w.startswith(prefix + "ال") and len(w) > len(prefix) + 3 and _key(w) not in _table().words:
                words += [prefix, w[len(prefix) :]]
                break
        else:
            words.append(w)
    return words


def _abd(w: str, nxt: str, st: _Style) -> str:
    """عبد or بنعبد before an ال word: Abdulaziz, Abdelkader, Benabdelkader."""
    tail = _one(nxt, st)
    tail = tail.split("-", 1)[-1].split(" ", 1)[-1].lower()
    if w == "بنعبد":
        return ("Benabdel" if st.fr else "Bin Abdul") + tail
    if st.country == "EGY":
        return "Abdel " + tail.capitalize()  # Abdel Fattah
    return ("Abdel" if st.fr else "Abdul") + tail


def transliterate(name: str, country: str | None = None) -> str:
    """``"بسام راضي"`` -> ``"Bassam Radi"`` (approximate); French-style for a Maghreb ``country``
    (``"محمد بنعبد القادر", "MAR"`` -> ``"Mohamed Benabdelkader"``)."""
    words = _split(name)
    col = 1 if country in MAGHREB else 2 if country in PERSIAN else 3 if country in TURKISH else 0
    where = country or ""
    letters = _BY_COUNTRY.get(where, _NO_LETTERS)
    first = _Style(fr=col == 1, eh=False, col=col, country=where, letters=letters, lam=where == "DZA")
    later = dataclasses.replace(first, eh=where in LEVANT, bare=where == "TUN")
    table = _table()
    out: list[str] = []
    i = 0
    while i < len(words):
        st = first if i == 0 else later
        w, nxt = words[i], (words[i + 1] if i + 1 < len(words) else "")
        pair = table.get(f"{_key(w)} {_key(nxt)}", st) or table.get(_key(w) + _key(nxt), st)
        if nxt and pair:
            out.append(st.pick(pair))
            i += 2
            continue
        if w in ("عبد", "بنعبد") and nxt.startswith("ال") and len(nxt) > 3:
            out.append(_abd(w, nxt, st))
            i += 2
            continue
        latin = _one(w, st)
        if latin.startswith("+") and out:
            out[-1] += latin[1:]  # نصر الله -> Nasrallah
        elif st.fr and w == "بن" and i == len(words) - 2:
            out.append("Ben" + _one(nxt, st).lower().removeprefix("el "))  # بن صالح -> Bensalah
            i += 1
        else:
            out.append(latin.lstrip("+"))
        i += 1
    s = " ".join(out)
    return s[:1].upper() + s[1:]
