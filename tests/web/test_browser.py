"""Drive the real page in headless Chromium (Debian's /usr/bin/chromium through Playwright's driver):
dashboard -> search "فيدان" -> article -> the highlighted entity linked to Hakan Fidan -> his page.
Screenshots go to artifacts/web/ (git-ignored)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "web"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for name in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(name).exists():
            return name
    return shutil.which("chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(sample_path: Path) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    from marsad.api_server import Settings, create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(sample_path))), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    exe = chromium_path()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium); browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def test_search_article_entity_journey(base_url: str, browser: object) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")  # type: ignore[attr-defined]
    outside: list[str] = []

    def only_loopback(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(base_url):
            route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(url)
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", only_loopback)
    page.goto(base_url + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".count b").first.inner_text().strip() != "0"
    page.screenshot(path=str(ARTIFACTS / "1-dashboard.png"), full_page=True)

    page.fill("header input[name=q]", "فيدان")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ui/search?q=*")
    hits = page.locator("a.hit")
    assert hits.count() >= 1
    page.screenshot(path=str(ARTIFACTS / "2-search.png"), full_page=True)

    hits.first.click()
    page.wait_for_url("**/ui/article/*")
    fidan = page.locator('#body a.ent[data-kb="p:fidan"]')
    assert fidan.count() >= 1
    assert "فيدان" in fidan.first.inner_text() or "فيان" in fidan.first.inner_text()
    assert "Hakan Fidan" in (fidan.first.get_attribute("title") or "")
    fidan.first.hover()
    page.screenshot(path=str(ARTIFACTS / "3-article.png"), full_page=True)

    fidan.first.click()
    page.wait_for_url("**/ui/entity/*")
    assert "Hakan Fidan" in page.locator("h1").inner_text()
    assert page.locator("svg.network circle").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "4-entity.png"), full_page=True)
    assert not outside, f"the page asked for outside resources: {outside}"
    page.close()


@pytest.mark.parametrize("link", ["a[href='/ui/map']", "a[href^='/ui/story/']"])
def test_map_and_story_pages_render(base_url: str, browser: object, link: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base_url + "/")
    page.locator(link).first.click()
    page.wait_for_load_state()
    if "map" in link:
        assert page.locator("svg.world path").count() > 150
        assert page.locator("svg.world path.hit").count() >= 3
        name = "5-map.png"
    else:
        assert page.locator("ol.timeline li").count() >= 1
        assert page.locator("a[href^='/ui/article/']").count() >= 2
        name = "6-story.png"
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    assert not errors
    page.close()
