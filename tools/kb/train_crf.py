"""Train the run-time CRF (src/marsad/entities/crf.py) on the first four fifths of
NewsFANE Gold 2014, clitics glued back, with the rule stage's readings as features,
and write src/marsad/data/kb/ner-crf.crfsuite.

    .venv/bin/python tools/kb/train_crf.py [--c1 C1] [--c2 C2] [--iterations N] [--out FILE] [--dev]

The last fifth is never read here; tools/kb/newsfane_eval.py scores it. ``--dev`` trains
on the first four fifths of the training part only and scores the training part's last
fifth (a development split for choosing features and c1/c2; writes no model unless
``--out`` is given).
NewsFANE is CC BY-SA 3.0 (Alotaibi and Lee, COLING 2014); the model is derived from it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from marsad.entities import crf, newsfane
from marsad.entities.stage import EntityStage
from marsad.pipeline import Resources

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
from newsfane_eval import DATA, split  # noqa: E402

OUT = ROOT / "src" / "marsad" / "data" / crf.MODEL


MINFREQ = 1


def train(sentences: list[newsfane.Sentence], out: Path, c1: float, c2: float, iters: int) -> None:
    stage = EntityStage(Resources(), crf=False)
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in newsfane.crf_sequences(stage, sentences):
        trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iters,
            "feature.possible_transitions": True,
            "feature.minfreq": MINFREQ,
        }
    )
    t0 = time.perf_counter()
    trainer.train(str(out))
    print(
        f"trained on {len(sentences)} sentences in {time.perf_counter() - t0:.0f}s -> {out} "
        f"({out.stat().st_size // 1024} KiB)",
        file=sys.stderr,
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--dev", action="store_true", help="train on 4/5 of the training part, score its last 1/5")
    ap.add_argument("--folds", type=int, default=0, help="cross-validate on the training part, N contiguous folds")
    args = ap.parse_args()
    part, _ = split(newsfane.read(DATA))
    if args.folds:
        return cross_validate(part, args.folds, args.c1, args.c2, args.iterations)
    if not args.dev:
        train(part, args.out or OUT, args.c1, args.c2, args.iterations)
        return 0
    fit, dev = split(part)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "dev.crfsuite"
        train(fit, out, args.c1, args.c2, args.iterations)
        figures = score(out, dev)
    print(json.dumps({t: figures[t]["f1"] for t in figures}), json.dumps(figures["micro"]))
    return 0


def score(model: Path, sentences: list[newsfane.Sentence]) -> dict[str, dict[str, float]]:
    stage = EntityStage(Resources(), crf=False)
    stage.crf = crf.CrfTagger.load(model)
    return newsfane.evaluate_glued(stage, sentences)


def cross_validate(part: list[newsfane.Sentence], k: int, c1: float, c2: float, iters: int) -> int:
    """Train on all folds but one, score that one, for each fold; print the pooled figures."""
    total = newsfane.PRF()
    size = -(-len(part) // k)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(k):
            dev = part[i * size : (i + 1) * size]
            train(part[: i * size] + part[(i + 1) * size :], Path(tmp) / "cv.crfsuite", c1, c2, iters)
            figures = score(Path(tmp) / "cv.crfsuite", dev)
            for t in newsfane.TYPES:
                total.tp[t] += int(figures[t]["tp"])
                total.fp[t] += int(figures[t]["fp"])
                total.fn[t] += int(figures[t]["fn"])
            print(f"fold {i}: {figures['micro']['f1']}", file=sys.stderr)
    figures = total.figures()
    print(json.dumps({t: figures[t]["f1"] for t in figures}), json.dumps(figures["micro"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
