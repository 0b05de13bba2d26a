"""The PostgreSQL fixtures of tests/store, for loading the Spark job's output into PostgreSQL."""

from tests.store.conftest import pg_server, pg_url

__all__ = ["pg_server", "pg_url"]
