from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from marsad.stories import index
from marsad.stories.cli import related_cmd, search_cmd, stories_cmd, story_cmd, timeline_cmd
from marsad.stories.schema import create_schema
from tests.conftest import shared_path
from tests.stories.helpers import seed_articles, store, with_entities


def _db(tmp_path: Path) -> tuple[str, list[str]]:
    path = tmp_path / "m.db"
    conn = sqlite3.connect(path)
    create_schema(conn)
    arts = [with_entities(a) for a in seed_articles(shared_path("corpus", "seeds"))]
    store(conn, arts)
    index.update(conn, arts)
    conn.commit()
    conn.close()
    return str(path), [a.id for a in arts]


def test_cli_commands(tmp_path: Path) -> None:
    db, ids = _db(tmp_path)
    run = CliRunner().invoke
    res = run(search_cmd, ["انقره", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert {h["article_id"] for h in json.loads(res.output)} >= {ids[0], ids[2]}
    res = run(stories_cmd, ["--db", db, "--json"])
    stories = json.loads(res.output)
    assert len(stories) == 1 and stories[0]["size"] == 3
    sid = stories[0]["id"]
    res = run(story_cmd, [sid, "--db", db, "--json"])
    assert json.loads(res.output)["story"]["id"] == sid
    res = run(related_cmd, [ids[0], "--db", db, "--json"])
    assert {r["id"] for r in json.loads(res.output)} == {ids[1], ids[2]}
    res = run(timeline_cmd, ["--entity", "Q7747", "--db", db, "--json"])
    assert res.exit_code == 0 and json.loads(res.output)
    for cmd, args in (
        (stories_cmd, []),
        (story_cmd, [sid]),
        (related_cmd, [ids[0]]),
        (search_cmd, ["أنقرة"]),
        (timeline_cmd, ["--story", sid]),
    ):
        res = run(cmd, [*args, "--db", db])
        assert res.exit_code == 0, res.output
    assert run(timeline_cmd, ["--db", db]).exit_code != 0
    assert run(story_cmd, ["nope", "--db", db]).exit_code != 0
