"""Incremental story clustering.

Each article becomes a sparse TF-IDF vector over light stems (headline
counted three times) plus its linked entities; document frequencies grow with
the database (``story_df``). A new article joins the story whose centroid is
most similar, if that similarity, damped by the time gap, reaches
:data:`THRESHOLD`; otherwise it starts a story. A near-duplicate joins the
story of the article it repeats. Story ids come from the first article, so they
are stable. All state is in the database: the clusterer holds one article.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date

from marsad.records import Article
from marsad.stories.text import stem, term_counts, words

THRESHOLD = 0.25  # damped cosine to a story centroid needed to join it (pairwise F1 sweep: tools/stories)
TOP_TERMS = 60  # terms kept in an article vector
CENTROID_TERMS = 120  # terms kept in a story centroid
ENTITY_WEIGHT = 2  # an entity mention counts like this many word occurrences
FULL_WINDOW_DAYS = 4  # no damping within this gap
MAX_GAP_DAYS = 800  # stories idle longer than this are not candidates
MIN_DAMPING = 0.9


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: str
    similarity: float
    new_story: bool


def article_date(art: Article) -> str | None:
    """YYYY-MM-DD of an article's publication, or None."""
    p = (art.published or "")[:10]
    try:
        date.fromisoformat(p)
    except ValueError:
        return None
    return p


def entity_key(e_kb: str | None, e_text: str) -> str:
    if e_kb:
        return "@" + e_kb
    return "@" + "_".join(stem(w) for w in words(e_text))


def raw_counts(art: Article) -> Counter[str]:
    counts = term_counts(art.title, art.text)
    for e in art.entities:
        counts[entity_key(e.kb_id, e.text)] += ENTITY_WEIGHT
    return counts


def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM story_meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else 0


def add_document_frequencies(conn: sqlite3.Connection, terms: list[str]) -> None:
    conn.executemany(
        "INSERT INTO story_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
        [(t,) for t in terms],
    )
    n = _meta_int(conn, "n_docs") + 1
    conn.execute("INSERT OR REPLACE INTO story_meta (key, value) VALUES ('n_docs', ?)", (str(n),))


def vectorize(conn: sqlite3.Connection, counts: Counter[str]) -> dict[str, float]:
    """L2-normalized TF-IDF vector of the top terms (document frequencies from the database)."""
    if not counts:
        return {}
    n = max(1, _meta_int(conn, "n_docs"))
    terms = list(counts)
    df: dict[str, int] = {}
    for i in range(0, len(terms), 900):
        chunk = terms[i : i + 900]
        q = f"SELECT term, df FROM story_df WHERE term IN ({','.join('?' * len(chunk))})"
        df.update(conn.execute(q, chunk).fetchall())
    weights = {t: (1.0 + math.log(c)) * (math.log((n + 1) / (df.get(t, 0) + 1)) + 1.0) for t, c in counts.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: round(w / norm, 5) for t, w in top}


def damping(gap_days: int | None) -> float:
    """Multiplier for the similarity to a story last seen ``gap_days`` away."""
    if gap_days is None or gap_days <= FULL_WINDOW_DAYS:
        return 1.0
    return max(MIN_DAMPING, 1.0 - 0.08 * math.log2(gap_days / FULL_WINDOW_DAYS))


def _gap(a: str | None, first: str | None, last: str | None) -> int | None:
    if a is None or first is None or last is None:
        return None
    d = date.fromisoformat(a)
    lo, hi = date.fromisoformat(first), date.fromisoformat(last)
    if lo <= d <= hi:
        return 0
    return min(abs((d - lo).days), abs((d - hi).days))


def best_story(conn: sqlite3.Connection, vec: dict[str, float], day: str | None) -> tuple[str, float] | None:
    """The story whose centroid is closest to ``vec`` after time damping, with the score."""
    if not vec:
        return None
    terms = list(vec)
    rows = conn.execute(
        f"SELECT st.story_id, st.term, st.weight, s.first_date, s.last_date FROM story_terms st"
        f" JOIN stories s ON s.id = st.story_id WHERE st.term IN ({','.join('?' * len(terms))})",
        terms,
    ).fetchall()
    dots: dict[str, float] = {}
    spans: dict[str, tuple[str | None, str | None]] = {}
    for sid, term, weight, first, last in rows:
        dots[sid] = dots.get(sid, 0.0) + vec[term] * weight
        spans[sid] = (first, last)
    best: tuple[str, float] | None = None
    for sid, dot in dots.items():
        gap = _gap(day, *spans[sid])
        if gap is not None and gap > MAX_GAP_DAYS:
            continue
        score = dot * damping(gap)
        if best is None or score > best[1] or (score == best[1] and sid < best[0]):
            best = (sid, score)
    return best


def _store_centroid(conn: sqlite3.Connection, story_id: str, centroid: dict[str, float]) -> str:
    top = sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    conn.execute("DELETE FROM story_terms WHERE story_id = ?", (story_id,))
    conn.executemany(
        "INSERT INTO story_terms (term, story_id, weight) VALUES (?,?,?)",
        [(t, story_id, round(w / norm, 5)) for t, w in top],
    )
    return json.dumps({t: round(w, 5) for t, w in top}, ensure_ascii=False)


def new_story(conn: sqlite3.Connection, art: Article, vec: dict[str, float], day: str | None) -> str:
    sid = "s" + art.id[:15]
    centroid = _store_centroid(conn, sid, vec)
    conn.execute(
        "INSERT INTO stories (id, title, seed_article, first_date, last_date, size, centroid) VALUES (?,?,?,?,?,1,?)",
        (sid, art.title or art.text[:80], art.id, day, day, centroid),
    )
    return sid


def join_story(conn: sqlite3.Connection, story_id: str, vec: dict[str, float], day: str | None) -> None:
    row = conn.execute("SELECT centroid, first_date, last_date FROM stories WHERE id = ?", (story_id,)).fetchone()
    centroid: dict[str, float] = json.loads(row[0])
    for t, w in vec.items():
        centroid[t] = centroid.get(t, 0.0) + w
    first, last = row[1], row[2]
    if day is not None:
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
    conn.execute(
        "UPDATE stories SET centroid = ?, first_date = ?, last_date = ?, size = size + 1 WHERE id = ?",
        (_store_centroid(conn, story_id, centroid), first, last, story_id),
    )


def assign(
    conn: sqlite3.Connection, art: Article, vec: dict[str, float], day: str | None, duplicate_of: str | None
) -> Assignment:
    """Put ``art`` into a story (joining its duplicate's, the closest one, or a new one)."""
    if duplicate_of is not None:
        row = conn.execute("SELECT story_id FROM story_members WHERE article_id = ?", (duplicate_of,)).fetchone()
        if row is not None:
            join_story(conn, row[0], vec, day)
            return Assignment(row[0], 1.0, False)
    best = best_story(conn, vec, day)
    if best is not None and best[1] >= THRESHOLD:
        join_story(conn, best[0], vec, day)
        return Assignment(best[0], round(best[1], 4), False)
    return Assignment(new_story(conn, art, vec, day), 1.0, True)
