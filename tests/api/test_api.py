"""The JSON API over the bundled sample, with FastAPI's TestClient."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.api_server import Settings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(sample_path: Path) -> TestClient:
    return TestClient(create_app(Settings(db=str(sample_path), max_page_size=50)))


def test_health_and_openapi(client: TestClient) -> None:
    assert client.get("/health").json()["articles"] == 3
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/articles", "/articles/{article_id}", "/entities", "/entities/{entity_id}", "/events", "/stories",
              "/stories/{story_id}", "/search", "/timeline", "/export", "/health", "/ingest"):
        assert p in paths


def test_articles_cursor_pagination_covers_all_once(client: TestClient) -> None:
    seen, cursor = [], None
    while True:
        body = client.get("/articles", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [a["id"] for a in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 3


def test_article_record_follows_output_contract(client: TestClient) -> None:
    aid = client.get("/articles").json()["items"][0]["id"]
    rec = client.get(f"/articles/{aid}").json()
    assert rec["schema"] == "marsad.article/1"
    assert list(rec)[:3] == ["schema", "id", "source"]
    for e in rec["entities"]:
        assert rec["text"][e["start"]:e["end"]] == e["text"]
    assert client.get("/articles/nope-not-there").status_code == 404


def test_entity_fidan(client: TestClient) -> None:
    ent = client.get("/entities/p:fidan").json()
    assert ent["name_en"] == "Hakan Fidan" and ent["type"] == "PERSON" and ent["articles"] >= 1
    assert any(r["title"] for r in ent["roles"])
    assert any(e["id"] == "p:fidan" for e in client.get("/entities", params={"limit": 50}).json()["items"])


def test_events_filters(client: TestClient) -> None:
    all_events = client.get("/events", params={"limit": 50}).json()
    assert all_events["items"]
    fidan = client.get("/events", params={"actor": "p:fidan", "limit": 50}).json()["items"]
    assert fidan and all("p:fidan" in (e["source"] or {}).get("kb_id", "") + (e["target"] or {}).get("kb_id", "")
                         for e in fidan)
    consult = client.get("/events", params={"type": "CONSULT", "country": "RUS", "limit": 50}).json()["items"]
    assert all(e["type"] == "CONSULT" for e in consult)
    story = client.get("/stories").json()["items"][0]["id"]
    assert client.get("/events", params={"story": story}).json()["items"]
    late = client.get("/events", params={"date_from": "2025-01-01", "limit": 50}).json()["items"]
    assert all((e["date"] or e["published"]) >= "2025" for e in late)


def test_search_finds_fidan(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "فيدان"}).json()["items"]
    assert hits and all(h["snippet"] for h in hits)


def test_stories_and_timeline(client: TestClient) -> None:
    story = client.get("/stories").json()["items"][0]
    detail = client.get(f"/stories/{story['id']}").json()
    assert len(detail["articles"]) == story["size"]
    assert client.get("/timeline", params={"actors": "RUS,UKR"}).status_code == 200
    assert client.get("/timeline", params={"actors": "RUS"}).status_code == 422


def test_export_jsonl_and_csv(client: TestClient) -> None:
    lines = client.get("/export").text.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["schema"] == "marsad.article/1"
    rows = list(csv.reader(io.StringIO(client.get("/export", params={"format": "csv", "table": "entities"}).text)))
    assert rows[0][:3] == ["article_id", "idx", "text"] and len(rows) > 10


@pytest.mark.parametrize("url", ["/articles?limit=0", "/articles?limit=51", "/articles?cursor=%%%",
                                 "/articles?date_from=yesterday", "/search", "/export?format=xml",
                                 "/stories?cursor=WzEsMl0"])
def test_bad_requests_are_clear_4xx_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code, r.text)
    assert "error" in r.json()


def test_ingest_needs_token_and_refuses_private_urls(sample_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    db.write_bytes(sample_path.read_bytes())
    closed = TestClient(create_app(Settings(db=str(db))))
    assert closed.post("/ingest", json={"text": "نص"}).status_code == 403
    app = TestClient(create_app(Settings(db=str(db), write_token="w", read_token="r", max_body_bytes=20_000)))
    assert app.get("/health").status_code == 401
    assert app.get("/health", headers={"Authorization": "Bearer r"}).status_code == 200
    assert app.post("/ingest", json={"text": "x"}).status_code == 401
    auth = {"Authorization": "Bearer w"}
    r = app.post("/ingest", json={"url": "http://127.0.0.1:9/x"}, headers=auth)
    assert r.status_code == 422 and "refused" in r.json()["error"]
    assert app.post("/ingest", json={"text": "a" * 30_000}, headers=auth).status_code == 413
    assert app.post("/ingest", json={"text": "a", "html": "b"}, headers=auth).status_code == 422
    text = ("قال وزير الخارجية التركي هاكان فيدان يوم الثلاثاء إن أنقرة مستعدة لاستضافة محادثات جديدة "
            "بين روسيا وأوكرانيا في إسطنبول.")
    r = app.post("/ingest", json={"text": text, "published": "2025-03-04"}, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1
    got = app.get(f"/articles/{r.json()['ids'][0]}", headers=auth).json()
    assert any(e.get("kb_id") == "p:fidan" for e in got["entities"])


@pytest.mark.parametrize("url", ["/", "/docs", "/ui/search?q=%D9%81%D9%8A%D8%AF%D8%A7%D9%86", "/ui/map",
                                 "/ui/entity/p:fidan"])
def test_pages_fetch_nothing_from_outside(client: TestClient, url: str) -> None:
    import re

    r = client.get(url)
    assert r.status_code == 200 and 'dir="rtl"' in r.text
    assert not re.search(r'(src|href)="(https?:)?//', r.text)


def test_every_page_link_resolves(client: TestClient) -> None:
    """Crawl the web page from the dashboard (two levels): no internal link is broken."""
    import html
    import re

    seen: set[str] = set()
    frontier = ["/"]
    for _ in range(2):
        found: list[str] = []
        for url in frontier:
            r = client.get(url)
            assert r.status_code == 200, url
            if "text/html" in r.headers["content-type"]:
                found += [html.unescape(h) for h in re.findall(r'href="(/[^"]*)"', r.text)]
            seen.add(url)
        frontier = sorted({u for u in found if u not in seen and not u.startswith("/export")})
    for url in frontier:
        assert client.get(url).status_code == 200, url
    assert len(seen) > 10


def test_closed_reads_send_the_page_to_sign_in(sample_path: Path) -> None:
    app = TestClient(create_app(Settings(db=str(sample_path), read_token="r t")), follow_redirects=False)
    r = app.get("/ui/map")
    assert r.status_code == 303 and r.headers["location"].startswith("/ui/login")
    assert app.get("/ui/login").status_code == 200
    assert app.get("/articles").status_code == 401
    app.cookies.set("marsad_token", "r%20t")
    assert app.get("/ui/map").status_code == 200 and app.get("/articles").status_code == 200
