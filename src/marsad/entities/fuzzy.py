"""Spelling-tolerant comparison of Arabic names."""

from __future__ import annotations

_SKELETON = str.maketrans(
    {
        "ض": "د",
        "ذ": "د",
        "ظ": "ز",
        "ط": "ت",
        "ص": "س",
        "ث": "س",
        "ة": "ه",
        "ى": "ي",
        "ج": "غ",
        "ق": "غ",
        "ء": "",
        "ئ": "ي",
        "ؤ": "و",
    }
)


def distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def skeleton(word: str) -> str:
    """A loose phonetic key of a normalized word: no article, emphatics folded,
    final ه dropped (رياده ~ الرياض, اسطنبول ~ إسطنبول)."""
    w = word[2:] if word.startswith("ال") and len(word) > 4 else word
    w = w.translate(_SKELETON)
    if w.endswith("ه") and len(w) > 3:
        w = w[:-1]
    return w


def similar_names(a: tuple[str, ...], b: tuple[str, ...], loose: bool) -> bool:
    """Whether two token sequences may name the same person: the same number of
    tokens, all but one equal (or equal skeletons), and the remaining one close
    (one edit, two when ``loose``: role and country already agree)."""
    if len(a) != len(b) or not a:
        return False
    limit = 2 if loose else 1
    off = 0
    for x, y in zip(a, b, strict=True):
        if x == y or skeleton(x) == skeleton(y):
            continue
        if min(len(x), len(y)) < 4 or distance(x, y, limit) > limit:
            return False
        off += 1
    return off <= (1 if len(a) > 1 else 1) and (off == 0 or len(a) > 1 or loose)
