"""A throwaway PostgreSQL cluster for the tests: started once per session, on 127.0.0.1.

initdb refuses to run as root, so as root (CI) the cluster belongs to the `postgres` user
(runuser), in a temporary folder it owns. Authentication is `trust` and the server listens
on 127.0.0.1 and a socket in that folder only; fsync is off (a test cluster need not
survive a power cut). Each test gets a database of its own, copied from a template that
already carries the schema (CREATE DATABASE ... TEMPLATE: ~20 ms, not a migration run).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

TEMPLATE = "hsg_template"


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian's layout, then $PATH)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0)
    if versions:
        return versions[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """One running cluster; `database_url()` makes a fresh database and returns its URL."""

    def __init__(self, bin_dir: Path, durable: bool = False):
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="hsg-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        self.user = "postgres" if self.as_postgres else os.environ.get("USER", "postgres")
        self.numbers = itertools.count(1)
        self.template_ready = False
        self.durable = durable  # the benchmarks' commits reach the disk, as a clinic's server's do

    def _run(self, *command: str, **kwargs) -> subprocess.CompletedProcess:
        if self.as_postgres:
            command = ("runuser", "-u", "postgres", "--", *command)
        return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)

    def start(self) -> Cluster:
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", self.user,
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l",
                  str(self.folder / "server.log"), "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def _make_template(self) -> None:
        from hsg_desk.storage.db import open_database

        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {TEMPLATE}")
        open_database(self.url(TEMPLATE)).close()
        self.template_ready = True

    def database_url(self, *, migrated: bool = True) -> str:
        """A new, empty database (with the schema when `migrated`), for one test."""
        if migrated and not self.template_ready:
            self._make_template()
        name = f"hsg_test_{next(self.numbers)}"
        template = TEMPLATE if migrated else "template0"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_cluster(durable: bool = False) -> tuple[Cluster | None, str]:
    """(the running cluster, "") or (None, why PostgreSQL tests cannot run here)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[test]' brings it)"
    bin_dir = postgres_bin()
    if bin_dir is None:
        return None, "PostgreSQL is not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return None, "running as root without runuser: initdb refuses root"
    cluster = Cluster(bin_dir, durable)
    try:
        return cluster.start(), ""
    except (subprocess.CalledProcessError, OSError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        shutil.rmtree(cluster.folder, ignore_errors=True)
        return None, f"the test PostgreSQL cluster did not start: {detail.strip()[:300]}"
