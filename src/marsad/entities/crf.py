"""A CRF sequence tagger over the entity stage's own readings (gazetteer, titles,
demonyms), trained on the first four fifths of NewsFANE by ``tools/kb/train_crf.py``
and scored on the last fifth (``tools/kb/newsfane_eval.py --crf``).

It needs ``python-crfsuite`` (installed with ``sklearn-crfsuite``); the model file
is ``marsad/data/kb/ner-crf.crfsuite``. The entity stage itself does not depend on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from marsad.entities import newsfane
from marsad.entities.lexicon import lexicon
from marsad.kb.model import bundled_kb
from marsad.normalize import normalize
from marsad.resources import data_path

MODEL = "kb/ner-crf.crfsuite"


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    kb, lex = bundled_kb(), lexicon()
    person: set[str] = set()
    other: set[str] = set()
    for key, ids in kb.by_name.items():
        types = {kb.entries[i].type for i in ids if i in kb.entries}
        (person if "PERSON" in types else other).update(key)
    titles = {w for key in lex.titles for w in key}
    return {
        "kbper": frozenset(person),
        "kbname": frozenset(other),
        "title": frozenset(titles),
        "stop": lex.words.get("stop", frozenset()),
        "common": lex.words.get("common", frozenset()),
        "given": lex.words.get("given", frozenset()),
    }


def features(tokens: list[str], stage_tags: list[str]) -> list[dict[str, Any]]:
    """Feature dicts for one sentence (tokens as NewsFANE gives them, clitics split)."""
    sets = _word_sets()
    words = [normalize(t) for t in tokens]
    out = []
    for i, w in enumerate(words):
        f: dict[str, Any] = {
            "b": 1.0,
            "w": w,
            "p2": w[:2],
            "p3": w[:3],
            "s2": w[-2:],
            "s3": w[-3:],
            "al": w.startswith("ال"),
            "dig": w.isdigit(),
            "lat": w.isascii() and w.isalpha(),
            "len": min(len(w), 8),
            "g": stage_tags[i],
        }
        for name, words_set in sets.items():
            if w in words_set:
                f[name] = 1.0
        for off in (-3, -2, -1, 1, 2, 3):
            j = i + off
            if 0 <= j < len(words):
                v = words[j]
                f[f"{off}w"] = v
                if abs(off) < 3:
                    f[f"{off}g"] = stage_tags[j]
                if off in (-1, 1):
                    f[f"{off}s2"] = v[-2:]
                    f[f"{off}p2"] = v[:2]
                    for name in ("title", "kbper", "stop", "given", "common"):
                        if v in sets[name]:
                            f[f"{off}{name}"] = 1.0
            else:
                f[f"{off}w"] = "<s>" if j < 0 else "</s>"
        if i > 0:
            f["w-1|w"] = words[i - 1] + "|" + w
        if i + 1 < len(words):
            f["w|w+1"] = w + "|" + words[i + 1]
        out.append(f)
    return out


def sequences(
    stage: object, sentences: list[newsfane.Sentence]
) -> Iterable[tuple[list[dict[str, Any]], list[str]]]:
    for group in newsfane.chunks(sentences):
        for sent, tags in zip(group, newsfane.stage_tags(stage, group), strict=True):
            yield features(sent.tokens, tags), sent.tags


class CrfTagger:
    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger

    @classmethod
    def load(cls, path: str | Path | None = None) -> CrfTagger:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path or data_path(MODEL)))
        return cls(tagger)

    def evaluate(self, stage: object, sentences: list[newsfane.Sentence]) -> dict[str, dict[str, float]]:
        prf = newsfane.PRF()
        for xseq, gold in sequences(stage, sentences):
            prf.add(gold, list(self.tagger.tag(xseq)))
        return prf.figures()
