"""Cross-article event merging, in the manner of GDELT's NumMentions/NumArticles.

Two event mentions are the same real-world event when they have the same
PLOVER type (and mode, and negation), the same source and target actors (by
country code, else knowledge-base id, else English name; the pair unordered
for symmetric types such as CONSULT) and dates at most
:data:`DATE_TOLERANCE_DAYS` apart. An undated mention takes its article's
date; with no date at all it joins only an undated cluster of the same story.
A month or a year joins only the same month or year. Mentions with neither a
source nor a target are not clustered.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import date, timedelta

from marsad.records import Actor, Article, Event

DATE_TOLERANCE_DAYS = 1
_PARTIAL = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def actor_key(a: Actor | None) -> str:
    if a is None:
        return "-"
    return a.country or a.kb_id or (a.name_en or "").lower() or "-"


def event_keys(ev: Event) -> tuple[str, str, str]:
    s, t = actor_key(ev.source), actor_key(ev.target)
    if ev.type in SYMMETRIC and t < s:
        s, t = t, s
    kind = ev.type + ("/neg" if ev.negated else "") + (f"/{ev.mode}" if ev.mode else "")
    return kind, s, t


def _near_dates(day: str) -> list[str]:
    if len(day) < 10:  # a month or a year: only the same month or year
        return [day]
    d = date.fromisoformat(day)
    return [(d + timedelta(days=k)).isoformat() for k in range(-DATE_TOLERANCE_DAYS, DATE_TOLERANCE_DAYS + 1)]


def _valid(day: str | None) -> str | None:
    """An event date as YYYY-MM-DD, YYYY-MM or YYYY; None for anything else."""
    if not day:
        return None
    if _PARTIAL.fullmatch(day):
        return day
    try:
        return date.fromisoformat(day[:10]).isoformat()
    except ValueError:
        return None


def _find_cluster(conn: sqlite3.Connection, keys: tuple[str, str, str], day: str | None, story: str) -> str | None:
    if day is not None:
        dates = _near_dates(day)
        row = conn.execute(
            "SELECT id FROM event_clusters WHERE type = ? AND source_key = ? AND target_key = ?"
            f" AND date IN ({','.join('?' * len(dates))}) ORDER BY date = ? DESC, id LIMIT 1",
            [*keys, *dates, day],
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT id FROM event_clusters WHERE type = ? AND source_key = ? AND target_key = ?"
            " AND story_id = ? AND date IS NULL ORDER BY id LIMIT 1",
            [*keys, story],
        ).fetchone()
    return row[0] if row else None


def _new_cluster(
    conn: sqlite3.Connection,
    art: Article,
    idx: int,
    ev: Event,
    keys: tuple[str, str, str],
    day: str | None,
    story: str,
) -> str:
    cid = "e" + hashlib.sha1(f"{art.id}/{idx}".encode()).hexdigest()[:15]
    s, t, loc = ev.source, ev.target, ev.location
    conn.execute(
        "INSERT INTO event_clusters (id, type, cameo, source_key, target_key, source_name, source_country,"
        " target_name, target_country, location_name, date, story_id, sentence, num_mentions, num_articles,"
        " num_sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0)",
        (
            cid,
            keys[0],
            ev.cameo,
            keys[1],
            keys[2],
            s and s.name_en,
            s and s.country,
            t and t.name_en,
            t and t.country,
            loc and loc.name_en,
            day,
            story,
            ev.sentence,
        ),
    )
    return cid


def _refresh_counts(conn: sqlite3.Connection, cluster_ids: set[str]) -> None:
    for cid in sorted(cluster_ids):
        rows = conn.execute(
            "SELECT em.article_id, m.outlets FROM event_mentions em LEFT JOIN story_members m"
            " ON m.article_id = em.article_id WHERE em.cluster_id = ?",
            (cid,),
        ).fetchall()
        articles = {aid for aid, _ in rows}
        sources: set[str] = set()
        for aid, outlets in rows:
            names = json.loads(outlets or "[]")
            sources.update(names if names else [aid])
        conn.execute(
            "UPDATE event_clusters SET num_mentions = ?, num_articles = ?, num_sources = ? WHERE id = ?",
            (len(rows), len(articles), len(sources), cid),
        )


def merge_events(conn: sqlite3.Connection, art: Article, story: str, article_day: str | None) -> None:
    """Attach every event of ``art`` to the cluster of the same real-world event (or a new one)."""
    touched: set[str] = set()
    for idx, ev in enumerate(art.events):
        keys = event_keys(ev)
        if keys[1] == keys[2] == "-":  # no actor at all: nothing to merge it by
            continue
        day = _valid(ev.date) or article_day
        cid = _find_cluster(conn, keys, day, story) or _new_cluster(conn, art, idx, ev, keys, day, story)
        conn.execute(
            "INSERT OR IGNORE INTO event_mentions (article_id, idx, cluster_id) VALUES (?,?,?)",
            (art.id, idx, cid),
        )
        touched.add(cid)
    _refresh_counts(conn, touched)
