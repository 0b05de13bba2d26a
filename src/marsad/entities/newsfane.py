"""NewsFANE Gold 2014 as a benchmark for the entity stage.

The file (``../shared/benchmarks/newsfane/NewsFANE_Gold_2014_170K.txt``) is one
token and one BIO tag a line, sentences separated by blank lines, clitics split
and alef normalized. Its 50 fine-grained classes are mapped to the four the
entity stage scores (:data:`COARSE`); the rest (facilities, vehicles, works,
products, groups of people such as العرب) are not scored.

Scoring is CoNLL-style: an entity counts when its token span and type both match.
Predictions from the stage's demonym reading (الروسي -> Russia) are dropped: in
NewsFANE a demonym is not a named entity (plural demonyms are tagged Group), and
the stage's FAC entities are dropped as out of scope, and so is the West (الغرب, الدول
الغربية: an actor for the stage, never tagged in NewsFANE).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COARSE: dict[str, str] = {
    **dict.fromkeys(
        (
            "Politician",
            "Athlete",
            "Artist",
            "Other_PER",
            "Religious_PER",
            "Scientist",
            "Businessperson",
            "Lawyer",
            "Engineer",
            "Police",
        ),
        "PERSON",
    ),
    **dict.fromkeys(
        (
            "Non-Governmental",
            "Government",
            "Sports",
            "Media",
            "Commercial",
            "Educational",
            "Medical-Science",
            "Religious_ORG",
            "Entertainment",
        ),
        "ORG",
    ),
    **dict.fromkeys(("Nation", "Population-Center", "State-or-Province", "County-or-District"), "GPE"),
    **dict.fromkeys(("Continent", "GPE-Cluster", "Water-Body", "Land-Region-Natural"), "LOC"),
}
TYPES = ("PERSON", "ORG", "GPE", "LOC")


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]  # coarse BIO tags


def read(path: str | Path) -> list[Sentence]:
    """Sentences with coarse BIO tags."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            parts = line.split("\t")
            tok = parts[0].replace("\u200e", "").replace("\ufeff", "").strip()
            if not tok:
                if toks:
                    out.append(Sentence(toks, tags))
                toks, tags = [], []
                continue
            tag = parts[1].strip() if len(parts) > 1 else "O"
            toks.append(tok)
            tags.append(_coarse(tag))
    if toks:
        out.append(Sentence(toks, tags))
    return out


def _coarse(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, fine = tag.split("-", 1)
    coarse = COARSE.get(fine)
    return f"{bio}-{coarse}" if coarse else "O"


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) spans of a BIO sequence (an I- without its B- starts a span)."""
    out, start, typ = set(), -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and typ == tag[2:] and start >= 0:
            continue
        if start >= 0:
            out.add((start, i, typ))
            start, typ = -1, ""
        if tag != "O":
            start, typ = i, tag[2:]
    return out


@dataclass
class PRF:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))

    def add(self, gold: list[str], pred: list[str]) -> None:
        self.add_spans(spans(gold), spans(pred))

    def add_spans(self, g: set[tuple[int, int, str]], p: set[tuple[int, int, str]]) -> None:
        for s in p & g:
            self.tp[s[2]] += 1
        for s in p - g:
            self.fp[s[2]] = self.fp.get(s[2], 0) + 1
        for s in g - p:
            self.fn[s[2]] += 1

    def figures(self) -> dict[str, dict[str, float]]:
        out = {t: _prf(self.tp[t], self.fp.get(t, 0), self.fn[t]) for t in TYPES}
        out["micro"] = _prf(
            sum(self.tp.values()), sum(self.fp.get(t, 0) for t in TYPES), sum(self.fn.values())
        )
        return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def chunks(sentences: list[Sentence], size: int = 8) -> Iterator[list[Sentence]]:
    """Consecutive sentences read together, so that a name found once links later mentions."""
    for i in range(0, len(sentences), size):
        yield sentences[i : i + size]


def stage_tags(stage: object, group: list[Sentence], keep_demonyms: bool = False) -> list[list[str]]:
    """BIO tags the entity stage gives each token of a group of sentences."""
    from marsad.records import Article

    text_parts, offsets = [], []
    pos = 0
    for sent in group:
        starts = []
        for tok in sent.tokens:
            starts.append(pos)
            text_parts.append(tok)
            pos += len(tok) + 1
        offsets.append(starts)
    text = " ".join(text_parts)
    ents = stage(Article(id="newsfane", source="newsfane", text=text)).entities  # type: ignore[operator]
    tags = [["O"] * len(s.tokens) for s in group]
    index = [
        (si, ti, st, st + len(group[si].tokens[ti]))
        for si, starts in enumerate(offsets)
        for ti, st in enumerate(starts)
    ]
    for e in ents:
        if e.type not in TYPES or (not keep_demonyms and _is_demonym(e)) or getattr(e, "country", None) == "WST":
            continue
        inside = [(si, ti) for si, ti, st, end in index if st < e.end and e.start < end]
        first = True
        for si, ti in inside:
            tags[si][ti] = ("B-" if first else "I-") + e.type
            first = False
    return tags


def _is_demonym(e: object) -> bool:
    from marsad.entities.lexicon import lexicon
    from marsad.normalize import normalize

    key = tuple(normalize(getattr(e, "text", "")).split())
    return key in lexicon().demonyms


def evaluate(stage: object, sentences: Iterable[Sentence], size: int = 8) -> dict[str, dict[str, float]]:
    prf = PRF()
    for group in chunks(list(sentences), size):
        for sent, pred in zip(group, stage_tags(stage, group), strict=True):
            prf.add(sent.tags, pred)
    return prf.figures()


# Clitic tokens NewsFANE splits off ("و", "ب", "ه"): glued back for a tagger that reads running text.
_PREFIXES = frozenset("وفبلك")
_SUFFIXES = frozenset(("ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم"))


def glue(group: list[Sentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The sentences as running text, clitics glued, and each token's (start, end) in it."""
    parts: list[str] = []
    ranges: list[list[tuple[int, int]]] = []
    pos, prev = 0, ""
    for sent in group:
        here = []
        for tok in sent.tokens:
            word = tok[:1].isalpha() and not tok.isascii()
            join = parts and word and (prev in _PREFIXES or (tok in _SUFFIXES and prev not in _PREFIXES))
            if parts and not join:
                parts.append(" ")
                pos += 1
            here.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            prev = tok if word else ""
        ranges.append(here)
    return "".join(parts), ranges


def token_spans(
    ranges: list[list[tuple[int, int]]], char_spans: Iterable[tuple[int, int, str]]
) -> list[set[tuple[int, int, str]]]:
    """Character spans mapped to (first, last + 1, type) token spans of each sentence."""
    out: list[set[tuple[int, int, str]]] = [set() for _ in ranges]
    for s, e, typ in char_spans:
        for si, toks in enumerate(ranges):
            inside = [ti for ti, (a, b) in enumerate(toks) if a < e and s < b]
            if inside:
                out[si].add((inside[0], inside[-1] + 1, typ))
                break
    return out


def _run_glued(stage: object, group: list[Sentence]) -> tuple[list[Any], list[list[tuple[int, int]]], str]:
    from marsad.records import Article

    text, ranges = glue(group)
    return list(stage(Article(id="newsfane", source="newsfane", text=text)).entities), ranges, text  # type: ignore[operator]


def crf_sequences(stage: object, sentences: list[Sentence]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """CRF training pairs (features, gold labels) over glued text; ``stage`` runs without the CRF."""
    from marsad.entities import crf
    from marsad.normalize import normalize_with_offsets

    for group in chunks(sentences):
        ents, ranges, text = _run_glued(stage, group)
        norm = normalize_with_offsets(text)
        toks = crf.tokens(norm.text)
        gold = [
            (*crf.to_norm(norm, ranges[si][a][0], ranges[si][b - 1][1]), t)
            for si, sent in enumerate(group)
            for a, b, t in spans(sent.tags)
        ]
        words = [norm.text[s:e] for s, e in toks]
        tags, labels = crf.stage_tags(toks, crf.known_spans(ents, norm)), crf.stage_tags(toks, gold)
        for a, b in crf.segments(words, tags):  # the stretches the tagger reads at run time
            yield crf.features(words, tags, a, b), labels[a:b]


def evaluate_glued(stage: object, sentences: Iterable[Sentence]) -> dict[str, dict[str, float]]:
    """Score the stage (with its CRF if it has one) on running text, clitics glued back."""
    prf = PRF()
    for group in chunks(list(sentences)):
        ents, ranges, _ = _run_glued(stage, group)
        keep = [(e.start, e.end, e.type) for e in ents if e.type in TYPES and not _is_demonym(e) and e.country != "WST"]
        for sent, pred in zip(group, token_spans(ranges, keep), strict=True):
            prf.add_spans(spans(sent.tags), pred)
    return prf.figures()
