"""Exact-match rate of :func:`transliterate` on ``translit_names.tsv`` (real names, press spellings).

Run as a script to see every miss: ``.venv/bin/python -m tests.kb.translit_check``.
"""

from __future__ import annotations

from pathlib import Path

from marsad.kb.translit import transliterate

CHECK_LIST = Path(__file__).with_name("translit_names.tsv")


def check_rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in CHECK_LIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            ar, country, latin = line.split("\t")[:3]
            rows.append((ar, country, latin))
    return rows


def misses() -> list[tuple[str, str, str]]:
    """(arabic, press spelling, transliteration) for every name not matched exactly."""
    return [(ar, latin, out) for ar, country, latin in check_rows() if (out := transliterate(ar, country)) != latin]


def exact_rate() -> float:
    rows = check_rows()
    return 1 - len(misses()) / len(rows)


if __name__ == "__main__":
    for ar, latin, out in misses():
        print(f"{ar}\t{latin}\t{out}")
    print(f"exact {exact_rate():.3f} of {len(check_rows())}")
