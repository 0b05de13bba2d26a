"""Train the run-time CRF (src/marsad/entities/crf.py) on the first four fifths of
NewsFANE Gold 2014, clitics glued back, with the rule stage's readings as features,
and write src/marsad/data/kb/ner-crf.crfsuite.

    .venv/bin/python tools/kb/train_crf.py [c1] [c2] [iterations] [out]

The last fifth is never read here; tools/kb/newsfane_eval.py scores it.
NewsFANE is CC BY-SA 3.0 (Alotaibi and Lee, COLING 2014); the model is derived from it.
"""

from __future__ import annotations

import sys
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


def main() -> int:
    c1 = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    c2 = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
    iters = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    out = Path(sys.argv[4]) if len(sys.argv) > 4 else OUT
    train, _ = split(newsfane.read(DATA))
    stage = EntityStage(Resources(), crf=False)
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in newsfane.crf_sequences(stage, train):
        trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iters,
            "feature.possible_transitions": True,
            "feature.minfreq": 3,
        }
    )
    t0 = time.perf_counter()
    trainer.train(str(out))
    print(
        f"trained on {len(train)} sentences in {time.perf_counter() - t0:.0f}s -> {out} "
        f"({out.stat().st_size // 1024} KiB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
