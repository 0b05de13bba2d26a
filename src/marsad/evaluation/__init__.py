"""Scoring against gold annotations (``marsad eval``)."""

from marsad.evaluation.scorer import Scores, load_jsonl, score_files

__all__ = ["Scores", "load_jsonl", "score_files"]
