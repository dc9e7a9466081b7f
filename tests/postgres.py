"""Run a command against a throwaway PostgreSQL server: `python tests/postgres.py CMD ...`.

Starts a private cluster from the installed PostgreSQL binaries (initdb + pg_ctl) in a
temporary folder, listening only on a Unix socket inside that folder on a free port
number, with fsync off. CMD runs with DATABASE_URL pointing at it; afterwards the server
is stopped and the folder removed, also when CMD fails or on Ctrl-C. The exit code is
CMD's. Takes about a second on top of CMD.

`initdb` refuses to run as root, so when run as root the server runs as the `postgres`
system user (via runuser). Set PG_BIN to choose the binaries' folder.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

PREFERRED_VERSION = "15"
DB_NAME = DB_USER = "depeches"
SERVER_OPTIONS = [
    "listen_addresses=''",  # socket only: nothing else on the machine can connect
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=50",
]


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries could be found."""


def find_bin_dir() -> Path:
    """Return the folder holding initdb, pg_ctl and postgres; raise PostgresMissing."""
    candidates = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    else:
        root = Path("/usr/lib/postgresql")
        versions = sorted(
            (p for p in root.glob("*/bin") if p.is_dir()),
            key=lambda p: (p.parent.name != PREFERRED_VERSION, -_major(p.parent.name)),
        )
        candidates.extend(versions)
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(Path(on_path).parent)
    for folder in candidates:
        if all((folder / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise PostgresMissing(
        "PostgreSQL server binaries not found (looked in "
        + (", ".join(map(str, candidates)) or "/usr/lib/postgresql/*/bin and PATH")
        + "). Install them, e.g. `apt-get install -y postgresql`, or set PG_BIN."
    )


def _major(name: str) -> int:
    return int(name) if name.isdigit() else 0


def free_port() -> int:
    """A port number no local TCP server uses; it also names the socket file."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder; use as a context manager."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="depeches-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.run_as = "postgres" if os.geteuid() == 0 else None
        self.started = False

    @property
    def url(self) -> str:
        host = str(self.folder).replace("/", "%2F")
        return f"postgres://{DB_USER}@{host}:{self.port}/{DB_NAME}"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin_dir / tool), *args]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.folder)
        if done.returncode:
            raise RuntimeError(f"{tool} failed ({done.returncode}):\n{done.stdout}{done.stderr}")

    def start(self) -> None:
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", DB_USER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = " ".join(f"-c {o}" for o in SERVER_OPTIONS)
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
            "-o", f"-k {self.folder} -p {self.port} {options}", "start",
        )  # fmt: skip
        self.started = True
        self._run("createdb", "-h", str(self.folder), "-p", str(self.port), "-U", DB_USER, DB_NAME)

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> ThrowawayServer:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def run_with_server(cmd: list[str]) -> int:
    """Start a server, run `cmd` with DATABASE_URL set, stop it; return cmd's exit code."""
    with ThrowawayServer(find_bin_dir()) as server:
        env = {**os.environ, "DATABASE_URL": server.url}
        child = subprocess.Popen(cmd, env=env)

        def forward(signum, _frame):
            child.send_signal(signum)

        previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            return child.wait()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            for s, handler in previous.items():
                signal.signal(s, handler)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        sys.stderr.write(__doc__)
        return 2
    try:
        return run_with_server(argv)
    except PostgresMissing as exc:
        sys.stderr.write(f"tests/postgres.py: {exc}\n")
        return 3
    except RuntimeError as exc:
        sys.stderr.write(f"tests/postgres.py: could not start PostgreSQL: {exc}\n")
        return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
