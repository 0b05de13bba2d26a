"""``marsad serve``: the REST API and web page over a database."""

from __future__ import annotations

import click


@click.command()
@click.option("--db", default="marsad.db", show_default=True, envvar="MARSAD_DB",
              help="SQLite database path (or sqlite:///path).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--read-token", envvar="MARSAD_READ_TOKEN", default=None,
              help="Close reads: require this bearer token (or the marsad_token cookie).")
@click.option("--write-token", envvar="MARSAD_WRITE_TOKEN", default=None,
              help="Enable POST /ingest behind this bearer token.")
@click.option("--allow-private-urls", is_flag=True, default=None,
              help="Let POST /ingest fetch loopback, private and link-local addresses.")
def serve(db: str, host: str, port: int, read_token: str | None, write_token: str | None,
          allow_private_urls: bool | None) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web page (/) over DB."""
    try:
        import uvicorn

        from marsad.api_server.app import create_app
        from marsad.api_server.settings import Settings
    except ModuleNotFoundError as exc:
        raise click.ClickException(f"{exc.name} is missing: pip install 'marsad[serve]'") from exc
    settings = Settings.from_env(db=db, read_token=read_token, write_token=write_token,
                                 allow_private_urls=allow_private_urls)
    app = create_app(settings)
    click.echo(f"marsad: serving {settings.db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
