"""Scoring the event coder on the Arabic event GSR (openeventdata/arabic_event_gsr, MIT).

The benchmark holds Arabic newswire sentences labelled for one PLOVER type
each (PROTEST, ASSAULT): "yes", "easy no", "difficult no" or "ambiguous",
and for the "yes" sentences the spans of source, verb and target with CAMEO
actor codes (country ``main`` and ``role``).

* Detection: a sentence is detected when the coder emits at least one
  factual event of the file's type (not negated, no intend/hypothetical mode:
  the benchmark asks whether a protest or an attack took place). Positives
  are "yes", negatives "easy no" and "difficult no"; "ambiguous" is left
  out. Precision, recall and the false-positive rate (false positives over
  negatives) are reported.
* Actor country: over the span records, the source country of the first
  event of the type (None when the text names no country) against the gold
  ``source_role.main`` ("None" read as None), counted over all span records
  (an undetected event is wrong) and over detected ones. The coder's codes of international
  organizations (``data/events/igos.tsv``: UN, EU, ...) count as the benchmark's "IGO".

Run: ``python -m marsad.events.gsr [--even|--odd] [DIR]``
(default ``../shared/benchmarks/arabic-event-gsr``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.records import Article

Coder = Callable[[str], list[tuple[str, str | None]]]  # sentence -> [(type, source country)]
TYPES = ("PROTEST", "ASSAULT")


@dataclass(frozen=True)
class GsrScore:
    type: str
    tp: int
    fp: int
    fn: int
    tn: int
    actor_right: int
    actor_total: int
    actor_detected: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fp_rate(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_right / self.actor_total if self.actor_total else 0.0

    def line(self) -> str:
        return (
            f"{self.type}: P={self.precision:.3f} R={self.recall:.3f} FPR={self.fp_rate:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn} tn={self.tn}); actor country "
            f"{self.actor_accuracy:.3f} ({self.actor_right}/{self.actor_total}, "
            f"detected {self.actor_detected})"
        )


def pipeline_coder() -> Coder:
    """The project's entity and event stages run on one sentence (no page stage, no times)."""
    from marsad.events.lexicon import load_lexicon
    from marsad.pipeline import Pipeline

    pipe = Pipeline(("entities/v1", "events/v1"))
    igos = frozenset(load_lexicon().igos.values())  # the benchmark codes every organization "IGO"

    def code(sentence: str) -> list[tuple[str, str | None]]:
        art = pipe.process_article(Article(id="gsr", source="gsr", text=sentence))
        countries = [e.source.country if e.source else None for e in art.events if not e.negated and e.mode is None]
        types = [e.type for e in art.events if not e.negated and e.mode is None]
        return [(t, "IGO" if c in igos else c) for t, c in zip(types, countries, strict=True)]

    return code


def _gold_country(record: dict[str, object]) -> str | None:
    spans = record.get("spans") or []
    for span in spans if isinstance(spans, list) else []:
        role = span.get("source_role") if isinstance(span, dict) else None
        if isinstance(role, dict) and role:
            main = role.get("main")
            return None if main in (None, "None", "") else str(main)
    return None


def score_file(
    folder: Path, event_type: str, code: Coder, limit: int | None = None, parity: int | None = None
) -> GsrScore:
    """``parity`` 0 keeps the even rows (development), 1 the odd rows (held out), None all."""
    name = event_type.lower()
    tp = fp = fn = tn = 0
    with open(folder / f"{name}_gsr.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"] != "ambiguous"]
    for row in _rows(rows[:limit], parity):
        hit = any(t == event_type for t, _ in code(row["text"]))
        positive = row["label"] == "yes"
        tp += hit and positive
        fp += hit and not positive
        fn += positive and not hit
        tn += not hit and not positive
    right = total = detected = 0
    records = json.loads((folder / f"{name}_spans.json").read_text(encoding="utf-8"))
    for rec in _rows(records[:limit], parity):
        events = [c for t, c in code(rec["text"]) if t == event_type]
        total += 1
        detected += bool(events)
        right += bool(events) and events[0] == _gold_country(rec)
    return GsrScore(event_type, tp, fp, fn, tn, right, total, detected)


def _rows(rows: list[Any], parity: int | None) -> list[Any]:
    return rows if parity is None else rows[parity::2]


def score(
    folder: Path,
    code: Coder | None = None,
    types: Iterable[str] = TYPES,
    limit: int | None = None,
    parity: int | None = None,
) -> list[GsrScore]:
    coder = code or pipeline_coder()
    return [score_file(folder, t, coder, limit, parity) for t in types]


def main(argv: list[str]) -> int:
    parity = {"--even": 0, "--odd": 1}.get(argv[0]) if argv else None
    args = argv[1:] if parity is not None else argv
    folder = Path(args[0]) if args else Path("../shared/benchmarks/arabic-event-gsr")
    for s in score(folder, parity=parity):
        print(s.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
