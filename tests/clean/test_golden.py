"""Golden files of the page stage on the bundled sample (the seed pages).

A change in cleaning shows here as a diff to read. When the change is right,
regenerate with ``MARSAD_UPDATE_GOLDEN=1 pytest tests/clean/test_golden.py``
and commit the new golden file with the reason.
"""

import json
import os
from importlib import resources
from pathlib import Path

from marsad.ingest import read_one
from marsad.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden" / "sample_pages.json"
FIELDS = ("part", "title", "published", "outlets", "tags", "text")


def _records() -> list[dict[str, object]]:
    sample = Path(str(resources.files("marsad") / "sample"))
    pipeline = Pipeline(stages=())
    out = []
    for path in sorted(sample.glob("*.txt")):
        for page in read_one(str(path)):
            for article in pipeline.process_page(page):
                d = article.to_dict()
                out.append({"page": path.name, **{k: d[k] for k in FIELDS}})
    return out


def test_page_stage_matches_its_golden_file() -> None:
    got = _records()
    if os.environ.get("MARSAD_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))
