"""``marsad bench``: articles per second per stage and in total, peak memory,
and side-by-side comparisons in the same run on the same input.

Pages are read and decoded first (timed apart as ``read``), then the whole
pipeline runs over them in this one process with a timer on every stage, so
the figures are ratios taken in one run on one input. With ``compare`` on:

Per core figures and the comparisons use the process's CPU time, so they hold
on a shared machine; each stage has both its wall-clock figures (the pipeline's
timer: ``seconds``, ``share``, ``articles_per_s``) and its CPU time (``cpu_seconds``,
``cpu_share``, ``cpu_ms_per_article``), the figures to compare across runs.

* **html**: the articles are wrapped into generated HTML pages with realistic
  furniture (:func:`html_page`); Marsad's page stage on them is timed against
  ``trafilatura.extract`` alone, and both are scored by word overlap with the
  article text that was wrapped;
* **dates**: the time expressions Marsad found in the articles are resolved
  again, one by one, by Marsad (``find_times`` on the expression) and by
  ``dateparser.parse`` against the same publication date (only when
  dateparser is importable; it is not a runtime dependency).
"""

from __future__ import annotations

import html as htmlmod
import os
import resource
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any, cast

from marsad.ingest import read_pages
from marsad.pipeline import ArticleStage, PageStage, Pipeline, StageTimer
from marsad.records import Article, Page

MENU = ("الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "منوعات", "فيديو", "اتصل بنا")
FOOTER = ("من نحن", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع")


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_bench(paths: Iterable[str], limit: int | None = None, repeat: int = 1,
              pipeline: Pipeline | None = None, compare: bool = True,
              date_limit: int = 300) -> dict[str, Any]:
    t0 = time.perf_counter()
    pages = list(islice(read_pages(list(paths)), limit))
    read_seconds = time.perf_counter() - t0
    pipeline = pipeline or Pipeline()
    pipeline.process_page(pages[0]) if pages else None  # load resources outside the timing
    pipeline.timer = StageTimer()
    articles: list[Article] = []
    cpu_by_stage: dict[str, float] = {}
    with _cpu_timed(pipeline, cpu_by_stage):
        t1, c1 = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            for page in pages:
                articles.extend(pipeline.process_page(page))
        seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
    total = sum(pipeline.timer.seconds.values()) or 1e-9
    cpu_total = sum(cpu_by_stage.values()) or 1e-9
    n = len(articles)
    stages = {name: {"seconds": s, "share": s / total, "articles_per_s": n / s if s else 0.0,
                     # CPU time of the stage: what it costs on a machine other processes share
                     "cpu_seconds": cpu_by_stage.get(name, 0.0), "cpu_share": cpu_by_stage.get(name, 0.0) / cpu_total,
                     "cpu_ms_per_article": 1000 * cpu_by_stage.get(name, 0.0) / n if n else 0.0}
              for name, s in pipeline.timer.seconds.items()}
    out: dict[str, Any] = {
        "pages": len(pages) * repeat, "articles": n, "seconds": seconds,
        "articles_per_s": n / seconds if seconds else 0.0,
        # one process uses one core: per core is articles per CPU second (honest on a busy machine)
        "cpu_seconds": cpu, "articles_per_s_per_core": n / cpu if cpu else 0.0,
        "cores": cores(), "read_seconds": read_seconds, "stages": stages, "peak_mib": peak_mib()}
    unique = list({a.id: a for a in articles}.values())
    out["store"] = bench_store(unique)
    if compare:
        pipeline.timer = None
        out["html"] = compare_html(unique, pipeline)
        out["dates"] = compare_dates(unique, date_limit)
        out["peak_mib"] = peak_mib()
    return out


class _CpuTimer:
    """A stage wrapped to add its CPU seconds (``time.process_time``) to ``sink[name]``."""

    def __init__(self, name: str, stage: Any, sink: dict[str, float]) -> None:
        self.name: str = name
        self.stage = stage
        self.sink = sink

    def __call__(self, arg: Any) -> Any:
        c0 = time.process_time()
        out = self.stage(arg)
        self.sink[self.name] = self.sink.get(self.name, 0.0) + time.process_time() - c0
        return out


@contextmanager
def _cpu_timed(pipeline: Pipeline, sink: dict[str, float]) -> Iterator[None]:
    """Time every stage of ``pipeline`` in CPU seconds while the block runs."""
    page_stage, stages = pipeline.page_stage, pipeline.stages
    pipeline.page_stage = cast(PageStage, _CpuTimer(page_stage.name, page_stage, sink))
    pipeline.stages = [(name, cast(ArticleStage, _CpuTimer(name, stage, sink))) for name, stage in stages]
    try:
        yield
    finally:
        pipeline.page_stage, pipeline.stages = page_stage, stages


def bench_store(articles: Sequence[Article], batch_size: int = 200) -> dict[str, Any]:
    """Writing the articles to a fresh SQLite store (a temporary file), which also finds
    duplicates, clusters stories, merges events and fills the search index: articles/s."""
    import tempfile
    from pathlib import Path

    from marsad.store import Run, SQLiteStore

    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "bench.db")
        run = Run("bench")
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(0, len(articles), batch_size):
            store.write_batch(articles[i:i + batch_size], run)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        stories = store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        store.close()
    n = len(articles)
    return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds if seconds else 0.0,
            "articles_per_cpu_s": n / cpu if cpu else 0.0, "stories": stories}


# -- HTML extraction ---------------------------------------------------------------------------

def html_page(article: Article, others: Sequence[str] = (), k: int = 0) -> str:
    """A news-portal page around ``article``: menu, breadcrumb, share bar, related links,
    most-read sidebar, tags, newsletter box, footer, scripts and a cookie notice."""
    e = htmlmod.escape
    title = article.title or article.text.split("\n", 1)[0][:90]
    paras = "\n".join(f"<p>{e(p)}</p>" for p in article.text.split("\n") if p.strip())
    links = "".join(f'<li><a href="/news/{k}-{i}">{e(t[:80])}</a></li>' for i, t in enumerate(others[:5]))
    menu = "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    foot = " | ".join(f'<a href="/p/{i}">{m}</a>' for i, m in enumerate(FOOTER))
    date = article.published or "2024-03-14"
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(title)} | بوابة الأخبار</title><meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="{date}T09:30:00+00:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
<link rel="stylesheet" href="/static/site.css"></head><body>
<header><div class="logo"><a href="/">بوابة الأخبار</a></div><nav><ul class="menu">{menu}</ul></nav>
<form class="search"><input type="text" placeholder="ابحث في الموقع"><button>بحث</button></form></header>
<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/c/2">عربي ودولي</a></div>
<main><article><h1>{e(title)}</h1><div class="meta"><span class="author">محرر الموقع</span>
<time datetime="{date}">{date}</time><span class="views">1{k % 10}53 مشاهدة</span></div>
<div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="body">{paras}</div>
<div class="tags">كلمات دلالية: <a href="/t/1">سياسة</a> <a href="/t/2">أخبار</a></div>
<section class="related"><h3>اقرأ أيضا</h3><ul>{links}</ul></section></article>
<aside><h3>الأكثر قراءة</h3><ol>{links}</ol><div class="newsletter">اشترك في النشرة البريدية
<input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>
<div class="ad">إعلان</div></aside></main>
<footer><p>{foot}</p><p>جميع الحقوق محفوظة © 2024 بوابة الأخبار</p></footer>
<div class="cookies">يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>
<script src="/static/app.js"></script></body></html>"""


def word_overlap(found: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of the words of ``found`` against those of ``truth`` (multisets)."""
    a, b = Counter(found.split()), Counter(truth.split())
    common = sum((a & b).values())
    return (common / max(1, sum(a.values())), common / max(1, sum(b.values())))


def compare_html(articles: Sequence[Article], pipeline: Pipeline) -> dict[str, Any]:
    import trafilatura

    titles = [a.title or a.text[:80] for a in articles]
    pages = [html_page(a, titles[i + 1:i + 6], i) for i, a in enumerate(articles)]
    t0 = time.process_time()  # CPU seconds: both sides run in this process
    ours = [pipeline.page_stage(Page(source=f"bench-{i}.html", body=h, kind="html")) for i, h in enumerate(pages)]
    marsad_s = time.process_time() - t0
    t1 = time.process_time()
    theirs = [trafilatura.extract(h, include_comments=False, include_tables=False) or "" for h in pages]
    traf_s = time.process_time() - t1
    mine = [word_overlap("\n".join(x.text for x in got), a.text) for got, a in zip(ours, articles, strict=True)]
    base = [word_overlap(t, a.text) for t, a in zip(theirs, articles, strict=True)]
    n = max(1, len(pages))
    return {"pages": len(pages), "marsad_seconds": marsad_s, "trafilatura_seconds": traf_s,
            "marsad_pages_per_s": len(pages) / marsad_s if marsad_s else 0.0,
            "trafilatura_pages_per_s": len(pages) / traf_s if traf_s else 0.0,
            "time_ratio": marsad_s / traf_s if traf_s else 0.0,
            "marsad_precision": sum(p for p, _ in mine) / n, "marsad_recall": sum(r for _, r in mine) / n,
            "trafilatura_precision": sum(p for p, _ in base) / n,
            "trafilatura_recall": sum(r for _, r in base) / n}


# -- date resolution ---------------------------------------------------------------------------

def _dateparser_value(text: str, published: str, parse: Any) -> str | None:
    import datetime as dt

    base = dt.datetime.fromisoformat(published[:10])
    got = parse(text, languages=["ar"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return got.date().isoformat() if got else None


def compare_dates(articles: Sequence[Article], limit: int = 300) -> dict[str, Any]:
    """Resolve the same expressions with Marsad and with dateparser (when importable)."""
    from marsad.time.stage import find_times

    anchor = "2024-03-14"  # for undated articles: the same reference date for both resolvers
    exprs = [(t.text, (a.published or anchor)[:10], t.value) for a in articles for t in a.times][:limit]
    try:
        import dateparser
    except ImportError:
        return {"expressions": len(exprs), "dateparser": None}
    if not exprs:
        return {"expressions": 0, "dateparser": dateparser.__version__}
    _dateparser_value(exprs[0][0], exprs[0][1], dateparser.parse)  # load its Arabic data outside the timing
    t0 = time.process_time()
    ours = [(found[0].value if (found := find_times(text, pub)) else None) for text, pub, _v in exprs]
    marsad_s = time.process_time() - t0
    t1 = time.process_time()
    theirs = [_dateparser_value(text, pub, dateparser.parse) for text, pub, _v in exprs]
    dp_s = time.process_time() - t1
    day = [(o, t) for o, t in zip(ours, theirs, strict=True) if o and len(o) == 10 and o[4] == "-"]
    return {"expressions": len(exprs), "dateparser": dateparser.__version__,
            "marsad_seconds": marsad_s, "dateparser_seconds": dp_s,
            "time_ratio": marsad_s / dp_s if dp_s else 0.0,
            "marsad_resolved": sum(1 for o in ours if o) / len(exprs),
            "dateparser_resolved": sum(1 for t in theirs if t) / len(exprs),
            "day_values": len(day), "day_agreement": sum(1 for o, t in day if o == t) / max(1, len(day))}
