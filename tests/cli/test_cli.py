"""The command line as a user meets it: real processes, one-line errors, exit codes."""

import codecs
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

BODY = ("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان في أنقرة سبل تسوية الأزمة "
        "الأوكرانية، وأكد الجانبان استعدادهما لمواصلة المحادثات.")


def marsad(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "marsad", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                       proc.stderr.decode("utf-8"))


def _db_state(db: Path) -> list[object]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone() for t in ("articles", "runs", "entities")]
    finally:
        conn.close()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    f = tmp_path / "good.txt"
    f.write_text("عنوان الخبر\n" + BODY, encoding="utf-8")
    return f


def test_ingest_show_export_stats(tmp_path: Path, good: Path) -> None:
    r = marsad("ingest", str(good), "--db", "m.db", "--published", "2025-02-24", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "1 new" in r.stdout
    again = marsad("ingest", str(good), "--db", "m.db", cwd=tmp_path)
    assert "0 new" in again.stdout
    exported = marsad("export", "--db", "m.db", "--format", "jsonl", cwd=tmp_path)
    [record] = [json.loads(line) for line in exported.stdout.splitlines()]
    assert record["schema"] == "marsad.article/1" and record["title"] == "عنوان الخبر"
    assert record["published"] == "2025-02-24"
    shown = marsad("show", record["id"][:8], "--db", "m.db", "--json", cwd=tmp_path)
    assert json.loads(shown.stdout)["id"] == record["id"]
    csv_out = marsad("export", "--db", "m.db", "--format", "csv", cwd=tmp_path)
    assert csv_out.stdout.startswith("id,source,part,title")
    stats = marsad("stats", "--db", "m.db", "--json", cwd=tmp_path)
    assert json.loads(stats.stdout)["counts"]["articles"] == 1


def test_extract_prints_records_without_a_database(tmp_path: Path, good: Path) -> None:
    r = marsad("extract", str(good), "--format", "jsonl", cwd=tmp_path)
    assert r.returncode == 0
    assert json.loads(r.stdout.splitlines()[0])["text"] == BODY
    assert not list(tmp_path.glob("*.db"))
    piped = marsad("extract", "-", cwd=tmp_path, stdin=BODY.encode("utf-16"))
    assert json.loads(piped.stdout)["text"] == BODY


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.bin.txt": bytes(range(256)) * 50,
    "junk.html": b"\x00\xff\xfe\x00" * 300,
    "broken.jsonl": b'{"text": "\xd8\xa8\xd8\xad\xd8\xab"}\n{not json\n',
    "nothing.json": b'{"title": "no text"}',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_one_line_error_and_database_unchanged(tmp_path: Path, good: Path, name: str) -> None:
    marsad("ingest", str(good), "--db", "m.db", cwd=tmp_path)
    before = _db_state(tmp_path / "m.db")
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name])
    r = marsad("ingest", str(bad), "--db", "m.db", cwd=tmp_path)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in r.stderr, r.stderr
    assert _db_state(tmp_path / "m.db") == before


def test_bad_arguments_and_places(tmp_path: Path, good: Path) -> None:
    for args in (["ingest", "nope.txt"], ["ingest", str(good), "--published", "yesterday"],
                 ["show", "abc", "--db", "missing.db"], ["ingest", "http://127.0.0.1:9/x"]):
        r = marsad(*args, cwd=tmp_path)
        assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)
        assert "Traceback" not in r.stderr


def test_skip_errors_goes_on(tmp_path: Path, good: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    r = marsad("ingest", str(good), str(tmp_path / "empty.txt"), "--db", "m.db", "--skip-errors", cwd=tmp_path)
    assert r.returncode == 0 and "skipped" in r.stderr and "1 new" in r.stdout


def test_windows_1256_and_utf16_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(("عنوان أول\n" + BODY).encode("cp1256"))
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + ("عنوان ثان\n" + BODY + " ثانيا").encode("utf-16-le"))
    r = marsad("ingest", str(tmp_path), "--db", "m.db", cwd=tmp_path)
    assert r.returncode == 0 and "2 new" in r.stdout, r.stderr


def test_demo_and_bench(tmp_path: Path) -> None:
    r = marsad("demo", "--db", "d.db", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "روسيا وتركيا تبحثان" in r.stdout and "3 articles" in r.stdout
    b = marsad("bench", "--json", cwd=tmp_path)
    figures = json.loads(b.stdout)
    assert figures["articles"] == 3 and "page/v1" in figures["stages"] and figures["peak_mib"] > 0


def test_gdelt_and_parquet_exports(tmp_path: Path) -> None:
    assert marsad("demo", "--db", "d.db", cwd=tmp_path).returncode == 0
    table = marsad("export", "--db", "d.db", "--format", "gdelt", cwd=tmp_path)
    lines = table.stdout.splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["GLOBALEVENTID", "SQLDATE", "MonthYear"] and "QuadClass" in header
    rows = [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]
    assert rows and all(r["EventRootCode"] and r["QuadClass"] in "1234" for r in rows)
    pytest.importorskip("pyarrow")
    r = marsad("export", "--db", "d.db", "--format", "parquet", "--table", "entities", "-o", "e.parquet",
               cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "e.parquet").num_rows > 10
