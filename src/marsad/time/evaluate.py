"""Scoring time expressions against gold: span P/R/F1 (overlap and strict) and
value accuracy on matched expressions.

Used by the eval-gate tests on ``tests/gold/times.jsonl`` (gold given as text,
found at its occurrence in the article: the n-th time a text is annotated is
its n-th occurrence as a whole word, as ``marsad eval`` pairs them) and on
heideltime-ar (gold given with offsets, :mod:`marsad.time.heideltime`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.normalize import normalize, normalize_with_offsets
from marsad.records import TimeExpr
from marsad.time.patterns import prepare

Span = tuple[int, int]


@dataclass
class Scores:
    gold: int = 0
    pred: int = 0
    matched: int = 0  # gold expressions overlapped by a prediction
    strict: int = 0  # ... with exactly the same span
    value_ok: int = 0  # ... whose value is right
    misses: list[dict[str, Any]] = field(default_factory=list)

    def f1(self, hits: int) -> float:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def relaxed_f1(self) -> float:
        return self.f1(self.matched)

    @property
    def strict_f1(self) -> float:
        return self.f1(self.strict)

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.matched if self.matched else 0.0

    def summary(self) -> dict[str, float | int]:
        return {"gold": self.gold, "pred": self.pred, "relaxed_f1": round(self.relaxed_f1, 3),
                "strict_f1": round(self.strict_f1, 3), "value_accuracy": round(self.value_accuracy, 3)}


def score_document(
    scores: Scores, gold: Sequence[tuple[Span, str | None, str]], pred: Iterable[TimeExpr], doc: str = ""
) -> None:
    """Add one document: ``gold`` is ((start, end), value, text) in text order."""
    preds = list(pred)
    used = [False] * len(preds)
    scores.gold += len(gold)
    scores.pred += len(preds)
    for (gs, ge), value, text in gold:
        hit = next((i for i, p in enumerate(preds) if not used[i] and p.start < ge and gs < p.end), None)
        if hit is None:
            scores.misses.append({"doc": doc, "text": text, "gold": value, "pred": "MISSED"})
            continue
        used[hit] = True
        p = preds[hit]
        scores.matched += 1
        scores.strict += (p.start, p.end) == (gs, ge)
        if p.value == value:
            scores.value_ok += 1
        else:
            scores.misses.append({"doc": doc, "text": text, "gold": value, "pred": p.value, "ptext": p.text})
    for i, p in enumerate(preds):
        if not used[i]:
            scores.misses.append({"doc": doc, "text": p.text, "gold": "SPURIOUS", "pred": p.value})


def locate(text: str, gold_texts: list[str]) -> list[Span | None]:
    """Where each gold text occurs: its first whole-word occurrence (a clitic
    و ف ب ل ك may precede it) not covered by an earlier gold expression,
    compared on the normalized form and mapped back to offsets of ``text``."""
    nz = normalize_with_offsets(text)
    work = prepare(nz.text)
    taken: list[Span] = []
    out: list[Span | None] = []
    for g in gold_texts:
        ng = prepare(normalize(g))
        pattern = re.compile(rf"(?<!\w)(?:[وفبلك]|[وف][بلك])?({re.escape(ng)})(?!\w)")
        hits = [nz.to_original(*m.span(1)) for m in pattern.finditer(work)]
        free = [h for h in hits if not any(a < h[1] and h[0] < b for a, b in taken)]
        out.append(free[0] if free else None)
        if free:
            taken.append(free[0])
    return out


def read_gold(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def corpus_article(corpus: Path, source: str, part: int) -> str:
    """The body of a corpus article as the page stage gives it, closely enough
    for time scoring: the <TEXT> of an ant-2018-03 file; a seed page split at
    "إقرأ أيضاً:" without its "تاريخ النشر" line; otherwise the file."""
    raw = (corpus / source).read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if m:
        return m.group(1).strip()
    parts = re.split(r"^إقرأ أيضاً:\s*$", raw, flags=re.M)
    body = parts[part] if part < len(parts) else ""
    return "\n".join(line for line in body.splitlines() if not line.startswith("تاريخ النشر"))
