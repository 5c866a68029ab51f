"""A throwaway PostgreSQL server for the tests: Debian's server binaries, a data directory in
/tmp, a free port, fsync off; stopped and removed at the end of the session.

``QA_PIPELINE_TEST_PG`` (a ``postgresql+psycopg://`` URL of a server whose user may create
databases) uses that server instead. When neither works, ``start`` raises ``Unavailable``
with the reason, and the PostgreSQL tests skip with it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text


class Unavailable(Exception):
    """No PostgreSQL server could be started or reached (the message says why)."""


def _binaries() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not versions:
        raise Unavailable("no PostgreSQL server binaries (pg_ctl): `apt-get install postgresql` (scripts/setup.sh does)")
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running server: ``database()`` makes a fresh database and gives its URL."""

    def __init__(self, url: str, stop=None):
        self.url, self._stop = url, stop

    def database(self) -> str:
        name = f"qa_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        if self._stop:
            self._stop()


def start() -> Server:
    external = os.environ.get("QA_PIPELINE_TEST_PG")
    if external:
        return _reach(Server(external))
    bin_dir = _binaries()
    as_root = os.geteuid() == 0  # the server refuses to run as root: run it as Debian's postgres user
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    home = Path(tempfile.mkdtemp(prefix="qa-pipeline-pg-"))
    if as_root:
        shutil.chown(home, "postgres")
    data, port = home / "data", _free_port()

    def run(*args: str) -> None:
        done = subprocess.run(prefix + list(args), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise Unavailable(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")

    def stop() -> None:
        subprocess.run(prefix + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale")
        options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(home / "log"), "-w", "start")
    except (Unavailable, OSError, subprocess.TimeoutExpired) as e:
        stop()
        raise Unavailable(f"cannot start PostgreSQL from {bin_dir}: {e}") from e
    return _reach(Server(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop))


def _reach(server: Server) -> Server:
    try:
        engine = create_engine(server.url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as e:  # noqa: BLE001 - any failure to connect is a reason to skip, stated
        server.stop()
        raise Unavailable(f"cannot connect to PostgreSQL at {server.url}: {str(e).splitlines()[0]}") from e
    return server
