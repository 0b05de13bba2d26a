"""Per-article differences between a gold file and the pipeline (error analysis on dev gold only).

    .venv/bin/python tools/events/diff_gold.py tests/gold/events.jsonl [--quotes]
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.evaluation.scorer import _key, _same_text, event_keys, find_corpus, load_jsonl, predict


def main(argv: list[str]) -> None:
    path = argv[0]
    golds = load_jsonl(path)
    preds = predict(golds, find_corpus(path, None))
    for g in golds:
        p = preds.get(_key(str(g["source"]), g.get("part", 0))) or {}
        gk, pk = event_keys(g.get("events", [])), event_keys(p.get("events", []))
        print(f"== {g['source']}#{g.get('part', 0)}")
        for k in sorted(gk - pk):
            print("  FN", k)
        for k in sorted(pk - gk):
            ev = next(e for e in p["events"] if k in event_keys([e]))
            print("  FP", k, "|", ev.get("trigger") or ev.get("text", ""), "|", (ev.get("sentence") or "")[:160])
        if "--quotes" in argv:
            for gq in g.get("quotes", []):
                m = next((pq for pq in p.get("quotes", []) if _same_text(gq["text"], pq["text"])), None)
                spk = m.get("speaker") if m else None
                got = spk.get("name_en") if isinstance(spk, dict) else spk
                if m is None or got != gq["speaker"]:
                    print("  Q", gq["speaker"], "->", "MISS" if m is None else got, "|", gq["text"][:50])


if __name__ == "__main__":
    main(sys.argv[1:] or [str(Path("tests/gold/events.jsonl"))])
