"""GSR error listing for error analysis: false positives / negatives with the trigger that fired.

    .venv/bin/python tools/events/gsr_errors.py ASSAULT fp|fn|tp [--even|--odd]

Analysis is done on the even rows only (the odd rows are kept for checking); see GOLD.md.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from marsad.pipeline import Pipeline
from marsad.records import Article

FOLDER = Path("../shared/benchmarks/arabic-event-gsr")


def main(argv: list[str]) -> None:
    event_type, kind = argv[0].upper(), argv[1]
    parity = 1 if "--odd" in argv else 0
    pipe = Pipeline(("entities/v1", "events/v1"))
    with open(FOLDER / f"{event_type.lower()}_gsr.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"] != "ambiguous"][parity::2]
    for row in rows:
        art = pipe.process_article(Article(id="gsr", source="gsr", text=row["text"]))
        evs = [e for e in art.events if e.type == event_type and not e.negated and e.mode is None]
        positive = row["label"] == "yes"
        want = {"fp": bool(evs) and not positive, "fn": positive and not evs, "tp": positive and bool(evs)}[kind]
        if want:
            trig = ",".join(f"{e.trigger}:{e.cameo}" for e in evs) or "-"
            print(f"[{row['label']}] {trig} | {row['text']}")


if __name__ == "__main__":
    main(sys.argv[1:])
