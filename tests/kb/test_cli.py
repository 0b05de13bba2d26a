"""``marsad kb``: list, show, add, merge, export, list --provisional."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.kb.cli import kb


def test_list_show_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    res = runner.invoke(kb, ["list", "--type", "PERSON", "--country", "TUR"])
    assert res.exit_code == 0 and "Hakan Fidan" in res.output
    res = runner.invoke(kb, ["show", "فيدان"])
    assert res.exit_code == 0 and json.loads(res.output)["name_en"] == "Hakan Fidan"
    res = runner.invoke(kb, ["show", "nobody-at-all-xyz"])
    assert res.exit_code != 0
    res = runner.invoke(kb, ["export", "--format", "jsonl"])
    assert res.exit_code == 0 and len(res.output.splitlines()) > 1000


def test_add_then_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    res = runner.invoke(
        kb,
        [
            "add",
            "--type",
            "PERSON",
            "--en",
            "Test Person",
            "--ar",
            "شخص تجريبي",
            "--country",
            "mar",
            "--role",
            "Minister of Culture@2021-10-07/",
        ],
    )
    assert res.exit_code == 0, res.output
    assert Path("marsad-kb.tsv").exists()
    res = runner.invoke(kb, ["show", "شخص تجريبي"])
    assert json.loads(res.output)["country"] == "MAR"
    runner.invoke(kb, ["add", "--id", "u:dup", "--type", "PERSON", "--en", "T. Person", "--ar", "ت. تجريبي"])
    res = runner.invoke(kb, ["merge", "u:test-person", "u:dup"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(kb, ["show", "u:dup"])
    assert json.loads(res.output)["id"] == "u:test-person"


def test_list_provisional_reads_the_store(tmp_path: Path) -> None:
    store_mod = pytest.importorskip("marsad.store")
    db = tmp_path / "m.db"
    store = store_mod.open_store(db)
    store.upsert_learned(
        [
            {
                "id": "L:abc",
                "type": "PERSON",
                "name_ar": "رستم عمروف",
                "name_en": "Rastm Amrouf",
                "country": "UKR",
                "roles": ["Minister of Defence"],
                "variants": [],
                "mentions": 2,
            }
        ]
    )
    close = getattr(store, "close", None)
    if close:
        close()
    res = CliRunner().invoke(kb, ["list", "--provisional", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "رستم عمروف" in res.output and "Minister of Defence" in res.output
