"""Score the entity stage on NewsFANE Gold 2014 (PERSON/ORG/GPE/LOC, CoNLL-style exact spans).

    .venv/bin/python tools/kb/newsfane_eval.py [--part all|test] [--crf] [--model FILE] [--split]

``--part test`` scores the held-out last fifth of the sentences (the part the CRF
in tools/kb/train_crf.py does not train on). The text is read as running text, clitics
glued back (as the stage meets it); ``--split`` scores the rules on NewsFANE's own
clitic-split tokens instead. ``--crf`` adds the CRF's spans for what the rules missed.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from marsad.entities import newsfane
from marsad.entities.stage import EntityStage
from marsad.pipeline import Resources

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "benchmarks" / "newsfane" / "NewsFANE_Gold_2014_170K.txt"


def split(sentences: list[newsfane.Sentence]) -> tuple[list[newsfane.Sentence], list[newsfane.Sentence]]:
    """Train on the first four fifths, hold out the last fifth (no shuffling: articles stay whole)."""
    cut = len(sentences) * 4 // 5
    return sentences[:cut], sentences[cut:]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=["all", "test"], default="test")
    ap.add_argument("--crf", action="store_true", help="score the CRF (needs python-crfsuite and the model)")
    ap.add_argument("--model", help="a CRF model file other than the bundled one")
    ap.add_argument("--split", action="store_true", help="rules on clitic-split tokens")
    args = ap.parse_args()
    sentences = newsfane.read(DATA)
    part = sentences if args.part == "all" else split(sentences)[1]
    stage = EntityStage(Resources(), crf=False)
    t0 = time.perf_counter()
    if args.crf:
        from marsad.entities.crf import CrfTagger

        stage.crf = CrfTagger.load(args.model)
    figures = newsfane.evaluate(stage, part) if args.split else newsfane.evaluate_glued(stage, part)
    figures["seconds"] = {"total": round(time.perf_counter() - t0, 1)}
    print(json.dumps({"part": args.part, "sentences": len(part), "crf": args.crf, **figures}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
