"""Score article records against gold annotations (format: docs/gold-format.md)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.normalize import normalize


@dataclass
class PRF:
    """Counts for precision, recall and F1, optionally per type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_type: dict[str, PRF] = field(default_factory=dict)

    def add_sets(self, gold: set[tuple[str, ...]], pred: set[tuple[str, ...]], typed: bool = False) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        if typed:
            for t in {k[0] for k in gold | pred}:
                self.by_type.setdefault(t, PRF()).add_sets({k for k in gold if k[0] == t},
                                                           {k for k in pred if k[0] == t})

    def figures(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out: dict[str, Any] = {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp,
                               "fn": self.fn, "n": self.tp + self.fn}
        if self.by_type:
            out["by_type"] = {t: v.figures() for t, v in sorted(self.by_type.items())}
        return out


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def value(self) -> float | None:
        return self.right / self.total if self.total else None


def _norm(s: str | None) -> str:
    return " ".join(normalize(s or "").split())


def entity_keys(entities: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]] | None = None
                ) -> set[tuple[str, ...]]:
    """Distinct ``(type, English name or normalized text)``; for predictions, ``gold`` is the
    article's gold entities. A gold entity with no English name has no link to judge: a prediction
    with its text is keyed by that text whatever it is linked to. A provisional name (a
    transliteration of a person learned from the corpus, kb id ``L:…``, or of an unlinked one) counts
    only when it is exactly one of the gold's English names; otherwise the entity is keyed by its text."""
    if gold is None:  # the gold's own keys
        return {(e.get("type") or "?", e.get("name_en") or _surface(e.get("text"))) for e in entities}
    gold = list(gold)
    names = frozenset(g["name_en"] for g in gold if g.get("name_en"))
    unnamed = {(g.get("type") or "?", _surface(g.get("text"))) for g in gold if not g.get("name_en")}
    keys: set[tuple[str, ...]] = set()
    for e in entities:
        typ, text = e.get("type") or "?", _surface(e.get("text"))
        name = None if (typ, text) in unnamed else _entity_name(e, names)
        keys.add((typ, name or text))
    return keys


def _surface(text: str | None) -> str:
    """An unlinked entity's normalized text, without the article of its first word: after the
    clitic لل the text holds no ال ("للمديرية العامة" is "المديرية العامة")."""
    s = _norm(text)
    return s[2:] if s.startswith("ال") and len(s.split()[0]) > 3 else s


def _entity_name(e: dict[str, Any], gold_names: frozenset[str]) -> str | None:
    name = e.get("name_en") or None
    if name and is_provisional(e) and name not in gold_names:
        return None
    return name


def is_provisional(e: dict[str, Any]) -> bool:
    """A name that is a guess: a learned person's (kb id ``L:…``) or an unlinked entity's."""
    kb_id = str(e.get("kb_id") or "")
    return not kb_id or kb_id.startswith("L:")


def _code(actor: Any) -> str:
    if isinstance(actor, dict):
        actor = actor.get("country")
    return str(actor) if actor else "-"


# Event types whose two sides play the same part ("Russia and Ukraine met / agreed"): scored unordered.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def entity_mentions(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[int, int, int, int, int]:
    """Detection with linking tolerance: (tp, fp, fn, links right, links judged).

    Predicted entities are grouped into distinct units by (type, name_en or text). A gold
    entity and a unit match when their types agree and either both carry an English name
    and the names agree, or the unit has none and one of its surface texts is the gold
    text. A unit linked to another name than the gold's never matches.
    """
    units: dict[tuple[str, str | None, str], set[str]] = {}
    gold_names = frozenset(g["name_en"] for g in gold if g.get("name_en"))
    for e in pred:
        name = _entity_name(e, gold_names)
        key = (e.get("type") or "?", name, "" if name else _surface(e.get("text")))
        units.setdefault(key, set()).add(_surface(e.get("text")))
    keys = list(units)
    used: set[int] = set()
    tp = right = judged = 0
    for g in gold:
        g_type, g_name, g_text = g.get("type") or "?", g.get("name_en") or None, _surface(g.get("text"))
        for i, (u_type, u_name, _) in enumerate(keys):
            if i in used or u_type != g_type:
                continue
            if u_name and g_name and u_name != g_name:
                continue
            if (u_name and u_name == g_name) or g_text in units[keys[i]]:
                used.add(i)
                tp += 1
                judged += int(g_name is not None)
                right += int(g_name is not None and u_name == g_name)
                break
    return tp, len(keys) - len(used), len(gold) - tp, right, judged


def event_keys(events: Iterable[dict[str, Any]]) -> set[tuple[str, ...]]:
    keys: set[tuple[str, ...]] = set()
    for e in events:
        kind, source, target = e.get("type") or "?", _code(e.get("source")), _code(e.get("target"))
        if kind in SYMMETRIC_TYPES and "-" not in (source, target):
            source, target = sorted((source, target))
        keys.add((kind, source, target))
    return keys


def _same_text(gold: str, pred: str) -> bool:
    g, p = _norm(gold), _norm(pred)
    if not g or not p:
        return False
    if g in p or p in g:
        return min(len(g), len(p)) >= 0.5 * max(len(g), len(p)) or len(g) <= len(p)
    return False


@dataclass
class Scores:
    published: Accuracy = field(default_factory=Accuracy)
    entities: PRF = field(default_factory=PRF)
    mentions: PRF = field(default_factory=PRF)
    links: Accuracy = field(default_factory=Accuracy)
    events: PRF = field(default_factory=PRF)
    event_types: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    speakers: Accuracy = field(default_factory=Accuracy)
    times: PRF = field(default_factory=PRF)
    time_values: Accuracy = field(default_factory=Accuracy)
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)

    def add(self, gold: dict[str, Any], pred: dict[str, Any] | None) -> None:
        self.articles += 1
        if pred is None:
            self.missing.append(f"{gold.get('source')}#{gold.get('part', 0)}")
            pred = {}
        self.sections.update(k for k in ("published", "entities", "events", "quotes", "times") if k in gold)
        if "published" in gold:
            self.published.add(gold["published"] == pred.get("published"))
        if "entities" in gold:
            g_entities = gold["entities"]
            self.entities.add_sets(entity_keys(g_entities), entity_keys(pred.get("entities") or [], g_entities), True)
            tp, fp, fn, right, judged = entity_mentions(gold["entities"], pred.get("entities") or [])
            self.mentions.tp, self.mentions.fp, self.mentions.fn = (
                self.mentions.tp + tp, self.mentions.fp + fp, self.mentions.fn + fn)
            self.links.right += right
            self.links.total += judged
        if "events" in gold:
            g, p = event_keys(gold["events"]), event_keys(pred.get("events") or [])
            self.events.add_sets(g, p, True)
            self.event_types.add_sets({(k[0],) for k in g}, {(k[0],) for k in p}, True)
        if "quotes" in gold:
            self._add_quotes(gold["quotes"], pred.get("quotes") or [])
        if "times" in gold:
            self._add_times(gold["times"], pred.get("times") or [])

    def _add_quotes(self, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and _same_text(g["text"], p["text"])), None)
            if hit is None:
                self.quotes.fn += 1
                continue
            used.add(hit)
            self.quotes.tp += 1
            speaker = (pred[hit].get("speaker") or {}).get("name_en")
            self.speakers.add(_norm(speaker) == _norm(g.get("speaker")))
        self.quotes.fp += len(pred) - len(used)

    def _add_times(self, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and _time_match(g, p)), None)
            if hit is None:
                self.times.fn += 1
                continue
            used.add(hit)
            self.times.tp += 1
            self.time_values.add(str(g.get("value")) == str(pred[hit].get("value")))
        self.times.fp += len(pred) - len(used)

    def figures(self) -> dict[str, Any]:
        every = self._all_figures()
        shown = self.sections | ({"event_types"} if "events" in self.sections else set())
        shown |= {"entity_mentions"} if "entities" in self.sections else set()
        return {k: v for k, v in every.items() if k in shown or k in ("articles", "missing")}

    def _all_figures(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "published": {"accuracy": self.published.value(), "n": self.published.total},
            "entities": self.entities.figures(),
            "entity_mentions": {**self.mentions.figures(), "link_accuracy": self.links.value()},
            "events": self.events.figures(),
            "event_types": self.event_types.figures(),
            "quotes": {**self.quotes.figures(), "speaker_accuracy": self.speakers.value()},
            "times": {**self.times.figures(), "value_accuracy": self.time_values.value()},
            "missing": self.missing,
        }


def _time_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if "start" in g and "start" in p:
        return int(p["start"]) < int(g["end"]) and int(g["start"]) < int(p["end"])
    gt, pt = _norm(g.get("text")), _norm(p.get("text"))
    return bool(gt and pt) and (gt in pt or pt in gt)


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise MarsadError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
    return rows


def _key(source: str, part: int) -> tuple[str, int]:
    return os.path.basename(source.split("#")[0]), int(part or 0)


def find_corpus(gold_path: str | Path, corpus: str | None) -> Path:
    """The folder gold sources are relative to: given, from $MARSAD_CORPUS, ../shared/corpus, or
    shared/corpus beside the checkout that holds the gold file."""
    candidates = [corpus, os.environ.get("MARSAD_CORPUS"), "../shared/corpus"]
    candidates += [str(parent.parent / "shared" / "corpus") for parent in Path(gold_path).resolve().parents]
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    raise MarsadError("cannot find the corpus the gold sources name: pass --corpus or set MARSAD_CORPUS")


def predict(golds: list[dict[str, Any]], corpus: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """Run the pipeline once on every source the gold names."""
    from marsad.ingest import read_one
    from marsad.pipeline import Pipeline

    pipeline, preds = Pipeline(), {}
    done: set[str] = set()
    for g in golds:
        src = str(g["source"])
        path = Path(src) if Path(src).is_absolute() else corpus / src
        if src in done:
            continue
        done.add(src)
        if not path.exists():
            raise MarsadError(f"{path}: a gold source that is not there")
        for page in read_one(str(path), published=g.get("given_published")):
            for article in pipeline.process_page(page):
                preds[_key(article.source, article.part)] = article.to_dict()
    return preds


def score_files(gold_paths: Iterable[str], pred_path: str | None = None,
                corpus: str | None = None) -> dict[str, Any]:
    gold_paths = list(gold_paths)
    golds = [g for path in gold_paths for g in load_jsonl(path)]
    if not golds:
        raise MarsadError("the gold files hold no article")
    if all("story" in g for g in golds):
        return {"stories": score_clusters(gold_paths, corpus)}
    bad = next((g for g in golds if "source" not in g), None)
    if bad is not None:
        raise MarsadError(f"a gold row without 'source' (see docs/gold-format.md): {json.dumps(bad)[:80]}")
    if pred_path:
        preds = {_key(r["source"], r.get("part", 0)): r for r in load_jsonl(pred_path)}
    else:
        preds = predict(golds, find_corpus(next(iter(gold_paths)), corpus))
    scores = Scores()
    for g in golds:
        scores.add(g, preds.get(_key(str(g["source"]), g.get("part", 0))))
    return scores.figures()



def score_clusters(gold_paths: list[str], corpus: str | None = None) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of story clustering (rows: corpus, file, story),
    over the pipeline's own output for the corpus folders the gold names."""
    from marsad.api import extract
    from marsad.stories.evaluate import evaluate

    figures: dict[str, Any] = {}
    for path in gold_paths:
        score = evaluate(Path(path), find_corpus(path, corpus), reader=lambda folder: list(extract([folder])))
        figures = {"precision": score.precision, "recall": score.recall, "f1": score.f1,
                   "n": score.gold_pairs, "predicted_pairs": score.predicted_pairs}
    return figures
