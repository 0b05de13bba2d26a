"""A throwaway PostgreSQL server for tests: initdb into a temporary folder,
pg_ctl start on a free loopback port, stop and delete at the end.

``MARSAD_TEST_PG`` (a ``postgresql://`` URL to a maintenance database of a
running server where the user may CREATE DATABASE) is used instead when set.
Without it the binaries are looked for under /usr/lib/postgresql/*/bin and
on PATH; as root, the server runs as the ``postgres`` user (initdb refuses
root) through ``runuser``. When none of that is possible the tests skip and
say why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def find_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return found[0] if found else shutil.which(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _runner() -> list[str] | str:
    """The command prefix that runs the server as a non-root user, or why it cannot."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        return "running as root and there is no 'postgres' user to run the server as"
    if runuser is None:
        return "running as root and runuser is absent"
    return [runuser, "-u", "postgres", "--"]


@contextmanager
def temporary_server() -> Iterator[str]:
    """Yield the URL of a fresh server's ``postgres`` database; raise RuntimeError with the reason if
    none can be started."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL binaries (initdb, pg_ctl) not found; install the 'postgresql' package")
    prefix = _runner()
    if isinstance(prefix, str):
        raise RuntimeError(prefix)
    root = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    data, port = root / "data", free_port()
    if prefix:
        shutil.chown(root, user="postgres")
    try:
        _run([*prefix, initdb, "-D", str(data), "-U", "marsad", "--auth=trust", "-E", "UTF8",
              "--locale=C", "--no-sync"])
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c full_page_writes=off"
        _run([*prefix, pg_ctl, "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "-t", "60", "start"])
        try:
            yield f"postgresql://marsad@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, check=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed: "
                           f"{(done.stderr or done.stdout).strip()[-500:]}")
