from __future__ import annotations

import pytest

from marsad.api_server.settings import Settings


def test_settings_from_env_and_overrides() -> None:
    env = {"MARSAD_DB": "x.db", "MARSAD_READ_TOKEN": "r", "MARSAD_MAX_PAGE_SIZE": "7",
           "MARSAD_ALLOW_PRIVATE_URLS": "yes", "MARSAD_FETCH_TIMEOUT": "2.5"}
    s = Settings.from_env(env, db="y.db", write_token=None)
    assert (s.db, s.read_token, s.write_token, s.max_page_size, s.allow_private_urls, s.fetch_timeout) == (
        "y.db", "r", None, 7, True, 2.5)
    assert Settings.from_env({}) == Settings()


def test_serve_command_is_plugged() -> None:
    pytest.importorskip("fastapi")
    from click.testing import CliRunner

    from marsad.api_server.cli import serve

    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0 and "--write-token" in result.output
