"""Property-based run of schemathesis against the API's own OpenAPI description: no server error and
responses that match their declared schemas (bounded: a few examples per operation)."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error, response_schema_conformance  # noqa: E402

from marsad.api_server import Settings, create_app  # noqa: E402
from tests.api.sample_db import sample_db  # noqa: E402


def _operations(tmp_path_factory: pytest.TempPathFactory) -> list[object]:
    app = create_app(Settings(db=str(sample_db(tmp_path_factory)), write_token="secret"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def test_api_has_no_server_errors(tmp_path_factory: pytest.TempPathFactory) -> None:
    operations = _operations(tmp_path_factory)
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())  # type: ignore[attr-defined]
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  phases=[Phase.explicit, Phase.generate])
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

        check()
