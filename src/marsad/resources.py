"""Access to the data files shipped under ``marsad/data``.

Everything a user may read or extend (character maps, furniture patterns,
outlet names, month names, the knowledge base) is a plain TSV or JSON file
there. Loading happens on first use, never at import time.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("charmap.tsv")``."""
    return Path(str(resources.files("marsad") / "data" / name))


def read_tsv(name: str | Path, min_columns: int = 1) -> Iterator[list[str]]:
    """Rows of a bundled TSV file (or of any path), skipping blank and ``#`` lines.

    Short rows are padded with empty strings up to ``min_columns``.
    """
    path = name if isinstance(name, Path) else data_path(name)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            row = line.split("\t")
            if len(row) < min_columns:
                row += [""] * (min_columns - len(row))
            yield row
