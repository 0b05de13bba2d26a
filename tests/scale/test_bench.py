"""marsad bench: the generated HTML pages, the overlap score, the side-by-side figures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from marsad.bench import compare_dates, html_page, run_bench, word_overlap
from marsad.records import Article, TimeExpr

TEXT = "قال وزير الخارجية التركي إن المحادثات ستستمر في إسطنبول.\nوأضاف أن الجولة المقبلة تعقد الأسبوع المقبل."


def test_generated_page_holds_the_article_among_furniture() -> None:
    page = html_page(Article(id="a", source="s", text=TEXT, title="محادثات إسطنبول"), ["خبر آخر"], 3)
    assert "<p>وأضاف أن الجولة المقبلة تعقد الأسبوع المقبل.</p>" in page
    assert "الأكثر قراءة" in page and "ملفات تعريف الارتباط" in page and "خبر آخر" in page


def test_word_overlap() -> None:
    assert word_overlap("أ ب ج", "أ ب ج") == (1.0, 1.0)
    assert word_overlap("أ ب ب د", "أ ب ج") == (0.5, 2 / 3)
    assert word_overlap("", "أ") == (0.0, 0.0)


def test_bench_compares_side_by_side(seeds_dir: Path) -> None:
    figures = run_bench([str(seeds_dir)])
    assert figures["articles"] == 3 and figures["articles_per_s_per_core"] > 0 and figures["cores"] >= 1
    html = figures["html"]
    assert html["pages"] == 3 and html["trafilatura_seconds"] > 0 and 0 <= html["marsad_recall"] <= 1
    assert set(figures["stages"]) >= {"page/v1", "times/v1"}


def test_dates_compare_only_when_dateparser_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    a = Article(id="a", source="s", text="أمس", published="2024-03-14", times=(TimeExpr("أمس", 0, 3, "2024-03-13"),))
    monkeypatch.setitem(sys.modules, "dateparser", None)  # import fails
    assert compare_dates([a]) == {"expressions": 1, "dateparser": None}
    monkeypatch.undo()
    pytest.importorskip("dateparser")
    got = compare_dates([a])
    assert got["expressions"] == 1 and got["marsad_resolved"] == 1.0 and got["dateparser_seconds"] > 0


def test_bench_gives_each_stage_its_cpu_time(seeds_dir: Path) -> None:
    from marsad.pipeline import Pipeline

    pipeline = Pipeline()
    stages = list(pipeline.stages)
    figures = run_bench([str(seeds_dir)], pipeline=pipeline, compare=False)
    for f in figures["stages"].values():
        assert f["cpu_seconds"] >= 0 and 0 <= f["cpu_share"] <= 1 and f["cpu_ms_per_article"] >= 0
    assert abs(sum(f["cpu_share"] for f in figures["stages"].values()) - 1) < 1e-6
    assert pipeline.stages == stages  # the timers are taken off again
