"""Exact and near-duplicate detection: MinHash over word 4-gram shingles,
with LSH buckets kept in the database (``dedup_bands``) so that nothing but
the current batch is held in memory.

Duplicates are linked (``duplicates`` table), never dropped.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from marsad.stories.text import shingles, words

NUM_PERM = 128
ROWS = 3  # rows per LSH band: 42 bands of 3 rows, P(candidate | J=0.4) ~ 0.94
BANDS = NUM_PERM // ROWS
NEAR_JACCARD = 0.5  # estimated Jaccard at or above which two texts are near-duplicates
NEAR_CONTAINMENT = 0.8  # or: this share of the shorter text's shingles is in the other
MIN_CONTAIN_JACCARD = 0.2  # containment only counts when the overlap is not tiny


@dataclass(frozen=True, slots=True)
class Fingerprint:
    norm_hash: str
    n_shingles: int
    signature: np.ndarray  # uint32, NUM_PERM values

    def blob(self) -> bytes:
        return self.signature.astype("<u4").tobytes()


@dataclass(frozen=True, slots=True)
class Match:
    article_id: str
    kind: str  # exact | near
    jaccard: float
    containment: float


def fingerprint(text: str) -> Fingerprint:
    """Normalized-text hash, shingle count and MinHash signature of ``text``."""
    norm_hash = hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()
    sh = shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    if sh:
        mh.update_batch([s.encode("utf-8") for s in sorted(sh)])
    return Fingerprint(norm_hash, len(sh), mh.hashvalues.astype(np.uint32))


def signature_from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def band_hashes(signature: np.ndarray) -> list[tuple[int, int]]:
    """(band, 63-bit hash) for each LSH band of a signature (stable across runs)."""
    raw = signature.astype("<u4")
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(raw[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append((b, int.from_bytes(digest, "little") >> 1))
    return out


def estimate(fp: Fingerprint, sig: np.ndarray, n_other: int) -> tuple[float, float]:
    """Estimated Jaccard and containment (overlap / smaller set) of two shingle sets."""
    j = float(np.mean(fp.signature == sig))
    if j == 0.0:
        return 0.0, 0.0
    inter = j * (fp.n_shingles + n_other) / (1.0 + j)
    smaller = max(1, min(fp.n_shingles, n_other))
    return j, min(1.0, inter / smaller)


def find_duplicates(conn: sqlite3.Connection, article_id: str, fp: Fingerprint) -> list[Match]:
    """Already indexed articles that ``fp`` duplicates, best first."""
    found: dict[str, Match] = {}
    for (other,) in conn.execute(
        "SELECT article_id FROM story_members WHERE norm_hash = ? AND article_id != ?",
        (fp.norm_hash, article_id),
    ):
        found[other] = Match(other, "exact", 1.0, 1.0)
    if fp.n_shingles == 0:
        return list(found.values())
    bands = band_hashes(fp.signature)
    values = ",".join("(?,?)" for _ in bands)
    params = [x for pair in bands for x in pair]
    rows = conn.execute(
        f"WITH q(band, hash) AS (VALUES {values}) SELECT DISTINCT m.article_id, m.minhash, m.n_shingles"
        " FROM q JOIN dedup_bands d ON d.band = q.band AND d.hash = q.hash"
        " JOIN story_members m ON m.article_id = d.article_id WHERE d.article_id != ?",
        [*params, article_id],
    ).fetchall()
    for other, blob, n_other in rows:
        if other in found:
            continue
        j, c = estimate(fp, signature_from_blob(blob), n_other)
        if j >= NEAR_JACCARD or (c >= NEAR_CONTAINMENT and j >= MIN_CONTAIN_JACCARD):
            found[other] = Match(other, "near", round(j, 4), round(c, 4))
    return sorted(found.values(), key=lambda m: (-m.jaccard, -m.containment, m.article_id))


def record(conn: sqlite3.Connection, article_id: str, fp: Fingerprint, matches: list[Match]) -> None:
    """Store the LSH buckets of a new article and its duplicate links."""
    if fp.n_shingles:
        conn.executemany(
            "INSERT OR IGNORE INTO dedup_bands (band, hash, article_id) VALUES (?,?,?)",
            [(b, h, article_id) for b, h in band_hashes(fp.signature)],
        )
    conn.executemany(
        "INSERT OR IGNORE INTO duplicates (article_id, duplicate_of, kind, similarity, containment) VALUES (?,?,?,?,?)",
        [(article_id, m.article_id, m.kind, m.jaccard, m.containment) for m in matches],
    )
