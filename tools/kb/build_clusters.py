"""Build distributional word clusters for the run-time CRF (src/marsad/entities/crf.py).

    .venv/bin/python tools/kb/build_clusters.py [--vocab N] [--out FILE]

Unlabeled text: the news in ../shared/corpus/ (ant-2018-03: Apache-2.0 corpus of five
outlets, March 2018; ahdath: Ahdath.info articles; heideltime-ar: Omani news) and the
training part (first four fifths) of NewsFANE Gold 2014 (CC BY-SA 3.0), its labels unread.
The held-out fifth of NewsFANE is never read. Only word-to-cluster numbers are kept, no text.

Words are the CRF's tokens of the normalized text, a leading conjunction and preposition
stripped (:func:`marsad.entities.crf.stripped`). Each word of the vocabulary (the most
frequent, at least ``--min-count`` times) gets a vector from the positive pointwise mutual
information of its neighbours (two either side, left and right kept apart), reduced by a
truncated SVD; k-means then groups the unit vectors at three granularities (64, 256, 1024).
Writes src/marsad/data/kb/clusters.tsv: word, then the three cluster numbers.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD

from marsad.entities import crf, newsfane
from marsad.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
from newsfane_eval import DATA, split  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "src" / "marsad" / "data" / "kb" / "clusters.tsv"
SIZES = (64, 256, 1024)
_META = re.compile(r"<(DOCNO|URL|SRC|CAT|TIME|AUTHOR)>.*?</\1>", re.S)
_TAG = re.compile(r"<[^>]*>")


def texts(dev: bool = False) -> Iterator[str]:
    for folder in ("ant-2018-03", "ahdath", "heideltime-ar"):
        for path in sorted((CORPUS / folder).glob("*")):
            if path.is_file():
                yield _TAG.sub(" ", _META.sub(" ", path.read_text(encoding="utf-8", errors="replace")))
    train, _ = split(newsfane.read(DATA))
    if dev:  # leave out the development fifth too (tools/kb/train_crf.py --dev scores it)
        train, _ = split(train)
    for group in newsfane.chunks(train, 50):
        yield newsfane.glue(group)[0]


def sentences(dev: bool = False) -> Iterator[list[str]]:
    for text in texts(dev):
        norm = normalize(text)
        yield [crf.stripped(norm[s:e]) for s, e in crf.tokens(norm)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", type=int, default=60000)
    ap.add_argument("--context", type=int, default=8000)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dev", action="store_true", help="leave out the development fifth of the training part")
    args = ap.parse_args()
    docs = list(sentences(args.dev))
    freq = Counter(w for d in docs for w in d)
    words = [w for w, n in freq.most_common(args.vocab) if n >= args.min_count and w[0].isalpha()]
    index = {w: i for i, w in enumerate(words)}
    ctx = {w: i for i, (w, _) in enumerate(freq.most_common(args.context))}
    rows, cols = [], []
    for d in docs:
        for i, w in enumerate(d):
            r = index.get(w)
            if r is None:
                continue
            for off in (-2, -1, 1, 2):
                j = i + off
                c = ctx.get(d[j]) if 0 <= j < len(d) else None
                if c is not None:
                    rows.append(r)
                    cols.append(c + (off + 2 if off < 0 else off + 1) * len(ctx))
    m = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(words), 4 * len(ctx)))
    m.sum_duplicates()
    total = m.sum()
    pr = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pc /= pc.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (pr[coo.row] * pc[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    vecs = TruncatedSVD(args.dims, random_state=0).fit_transform(ppmi)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    labels = [MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(vecs) for k in SIZES]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(
            "# Distributional word clusters for the NER CRF, built by tools/kb/build_clusters.py from\n"
            "# ../shared/corpus (ant-2018-03 Apache-2.0, ahdath, heideltime-ar) and the NewsFANE Gold 2014\n"
            "# training part (CC BY-SA 3.0, labels unread). PPMI of +-2 neighbours, SVD, k-means.\n"
            f"# word\tk{SIZES[0]}\tk{SIZES[1]}\tk{SIZES[2]} (normalized, clitics stripped)\n"
        )
        for i, w in enumerate(words):
            fh.write(f"{w}\t{labels[0][i]}\t{labels[1][i]}\t{labels[2][i]}\n")
    print(f"{len(docs)} texts, {sum(freq.values())} tokens, {len(words)} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
