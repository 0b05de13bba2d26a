import io
import json
import sys
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest import expand_paths, read_one, read_pages
from marsad.ingest.feeds import read_feed
from marsad.pipeline import Pipeline

BODY = ("قال وزير الخارجية التركي هاكان فيدان إن بلاده مستعدة لاستضافة جولة جديدة من المحادثات بين "
        "روسيا وأوكرانيا في إسطنبول، مشيرا إلى أن الجانبين اتفقا على تبادل الأسرى.")

TREC = f"""<DOC>
<DOCNO>CNN-1-20180301</DOCNO>
<URL>http://arabic.cnn.com/x.html</URL>
<SRC>CNN</SRC>
<TITLE>عنوان الخبر</TITLE>
<TIME>Thu, 01 Mar 2018 12:10:19 +0400</TIME>
<TEXT>
{BODY}
</TEXT>
</DOC>"""


def test_trec_fields_are_read(tmp_path: Path) -> None:
    f = tmp_path / "a.xml"
    f.write_text(TREC, encoding="utf-8")
    [page] = list(read_one(str(f)))
    assert (page.title, page.published, page.outlets, page.url) == (
        "عنوان الخبر", "2018-03-01", ("CNN Arabic",), "http://arabic.cnn.com/x.html")
    [article] = Pipeline(stages=()).process_page(page)
    assert article.title == "عنوان الخبر" and article.text == BODY


def test_jsonl_streams_pages_with_their_fields(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    rows = [{"text": BODY, "url": "https://x/1", "published": "2025-05-16", "outlet": "Reuters"},
            {"html": f"<html><body><article><h1>عنوان</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    pages = list(read_one(str(f)))
    assert pages[0].published == "2025-05-16" and pages[0].outlets == ("Reuters",)
    assert pages[0].source == "https://x/1"
    assert pages[1].kind == "html"
    articles = [a for p in pages for a in Pipeline(stages=()).process_page(p)]
    assert BODY in articles[1].text


def test_broken_jsonl_line_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": BODY}) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.jsonl:2: not valid JSON"):
        list(read_one(str(f)))


def test_html_goes_through_trafilatura_and_the_same_cleaning(tmp_path: Path) -> None:
    html = ("<html><head><title>عنوان الصفحة</title><meta property='article:published_time' "
            "content='2024-03-14'></head><body><nav>الرئيسية</nav><article><h1>عنوان الصفحة</h1>"
            f"<p>{BODY}</p><p>إقرأ المزيدوأوضحت الوزارة أن المحادثات ستستمر في الأسابيع المقبلة.</p>"
            "</article><footer>شاركها</footer></body></html>")
    f = tmp_path / "p.html"
    f.write_text(html, encoding="utf-8")
    [a] = Pipeline(stages=()).run(read_one(str(f)))
    assert a.title == "عنوان الصفحة" and a.published == "2024-03-14"
    assert "وأوضحت الوزارة" in a.text and "إقرأ المزيد" not in a.text and "الرئيسية" not in a.text


def test_broken_html_does_not_crash(tmp_path: Path) -> None:
    f = tmp_path / "b.html"
    f.write_text(f"<html><body><div><p>{BODY}<p><b>{BODY}</div></i></html", encoding="utf-8")
    articles = list(Pipeline(stages=()).run(read_one(str(f))))
    assert all(BODY[:20] in a.text for a in articles)


def test_timeml_tags_are_stripped(tmp_path: Path) -> None:
    f = tmp_path / "d.tml"
    f.write_text('<?xml version="1.0"?>\n<TimeML>\nيفتتح بعد غد <TIMEX3 tid="t1" value="2015-12-22">'
                 f"الثلاثاء</TIMEX3> {BODY}\n</TimeML>", encoding="utf-8")
    [page] = list(read_one(str(f)))
    assert "<" not in page.body and "يفتتح بعد غد الثلاثاء" in page.body


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode("cp1256"))))
    [page] = list(read_one("-"))
    assert page.body == BODY


def test_directories_are_walked_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "ignored.png").write_bytes(b"\x89PNG")
    assert [Path(p).name for p in expand_paths([tmp_path])] == ["x.txt", "y.txt"]
    assert len(list(read_pages([tmp_path], published="2025-01-01"))) == 2


def test_missing_path_and_unreachable_url() -> None:
    with pytest.raises(InputError, match="no such file"):
        expand_paths(["/nonexistent/file.txt"])
    with pytest.raises(InputError, match="unreachable"):
        list(read_one("http://127.0.0.1:9/nothing"))


def test_rss_items_become_pages() -> None:
    feed = (f"<?xml version='1.0'?><rss><channel><item><title>خبر</title><link>https://x/1</link>"
            f"<pubDate>Mon, 24 Feb 2025 10:00:00 GMT</pubDate><description>{BODY}</description></item>"
            "</channel></rss>")
    [page] = read_feed(feed, "feed.xml")
    assert (page.title, page.url, page.published) == ("خبر", "https://x/1", "2025-02-24")
