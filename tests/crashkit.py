"""Run `manage.py` on a throwaway archive in a process of its own, kill it, inspect it.

Used by tests/test_crash.py. An `Archives` makes archives from one migrated template:
on SQLite a copy of the database file, on PostgreSQL (when DATABASE_URL is set, as under
tests/postgres.py) `CREATE DATABASE … TEMPLATE`. The state of an archive is read
straight from its database (sqlite3 / psycopg) and its Whoosh folder, not through the
code under test.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 240  # seconds any one command may take


@dataclass
class State:
    articles: dict  # file_name -> content_hash
    statements: int
    database_ids: list  # Haystack ids of every row
    index_ids: list  # ids of the live documents of the index (a duplicate twice)
    backlog: int


class Archives:
    def __init__(self, base: Path):
        self.base = base
        self.url = os.environ.get("DATABASE_URL", "")
        self.postgres = self.url.startswith(("postgres://", "postgresql://"))
        self.count = 0
        self.template = self.new("template", from_template=False)
        self.template.manage("migrate", "-v", "0").check_returncode()

    def new(self, name: str | None = None, from_template: bool = True) -> Archive:
        self.count += 1
        name = name or f"crash{self.count}"
        folder = self.base / name
        folder.mkdir(parents=True)
        url = ""
        if self.postgres:
            prefix = "".join(c for c in self.base.name if c.isalnum()).lower()
            db = f"crash_{os.getpid()}_{prefix}_{name}"
            template = f"TEMPLATE {self.template.db_name}" if from_template else ""
            with _pg_connect(self.url) as conn:
                conn.execute(f'CREATE DATABASE "{db}" {template}')
            url = self.url.rsplit("/", 1)[0] + f"/{db}"
        elif from_template:
            shutil.copy(self.template.folder / "depeches.sqlite3", folder / "depeches.sqlite3")
        return Archive(folder, url)


def _pg_connect(url: str):
    import psycopg

    cfg = dj_database_url.parse(url)
    return psycopg.connect(
        host=cfg["HOST"], port=cfg["PORT"] or None, user=cfg["USER"],
        dbname=cfg["NAME"], autocommit=True,
    )  # fmt: skip


class Archive:
    def __init__(self, folder: Path, url: str):
        self.folder, self.url = folder, url
        self.db_name = url.rsplit("/", 1)[-1] if url else ""
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.prod",
            "DJANGO_SECRET_KEY": "crash-test-secret",
            "DJANGO_DEBUG": "0",
            "DEPECHES_DATA_DIR": str(folder),
            "DATABASE_URL": url,
            "SEARCH_URL": "",
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, str(ROOT / "manage.py"), *args]

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.command(*args), cwd=ROOT, env=self.env, capture_output=True, text=True,
            timeout=TIMEOUT,
        )  # fmt: skip

    def start(self, *args: str) -> subprocess.Popen:
        """Start a command in a process group of its own (its pgid is its pid)."""
        return subprocess.Popen(
            self.command(*args), cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, start_new_session=True,
        )  # fmt: skip

    def state(self) -> State:
        rows = self._query(
            "SELECT file_name, content_hash FROM archive_article",
            "SELECT id FROM archive_article",
            "SELECT id FROM archive_statement",
            "SELECT COUNT(*) FROM search_indexbacklog",
        )
        files, article_ids, statement_ids, backlog = rows
        ids = [f"archive.article.{pk}" for (pk,) in article_ids]
        ids += [f"archive.statement.{pk}" for (pk,) in statement_ids]
        return State(
            articles=dict(files),
            statements=len(statement_ids),
            database_ids=sorted(ids),
            index_ids=sorted(self.index_ids()),
            backlog=backlog[0][0],
        )

    def count(self, table: str) -> int:
        return self._query(f"SELECT COUNT(*) FROM {table}")[0][0][0]

    def _query(self, *queries):
        if self.url:
            with _pg_connect(self.url) as conn:
                return [conn.execute(q).fetchall() for q in queries]
        import sqlite3

        conn = sqlite3.connect(self.folder / "depeches.sqlite3")
        try:
            return [conn.execute(q).fetchall() for q in queries]
        finally:
            conn.close()

    def index_ids(self) -> list[str]:
        import whoosh.index

        path = self.folder / "whoosh_index"
        if not whoosh.index.exists_in(path):
            return []
        with whoosh.index.open_dir(path).searcher() as searcher:
            return [fields["id"] for fields in searcher.all_stored_fields()]

    def import_lock_is_free(self) -> bool:
        path = self.folder / "import.lock"
        if not path.exists():
            return True
        with open(path, "a+") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(f, fcntl.LOCK_UN)
            return path.read_text() == ""

    def index_lock_is_free(self) -> bool:
        path = self.folder / "whoosh_index" / "MAIN_WRITELOCK"
        if not path.exists():
            return True
        with open(path, "a") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(f, fcntl.LOCK_UN)
            return True


def live_members(pgid: int) -> list[int]:
    """Processes of group `pgid` still alive (zombies waiting to be reaped are dead)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def wait_until_gone(pgid: int, seconds: float = 10) -> list[int]:
    deadline = time.monotonic() + seconds
    while (alive := live_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


KILLS = {
    "kill -9 group": lambda p: os.killpg(p.pid, signal.SIGKILL),
    "kill -9 main": lambda p: os.kill(p.pid, signal.SIGKILL),
    "SIGTERM main": lambda p: os.kill(p.pid, signal.SIGTERM),
    "Ctrl-C group": lambda p: os.killpg(p.pid, signal.SIGINT),
}


def assert_equals_clean_import(archive: Archive, expected: State) -> State:
    """Same files and texts, statements, every row one document of the index and nothing
    else, an empty backlog, free locks."""
    state = archive.state()
    assert state.articles == expected.articles  # same files, same texts, no duplicate
    assert state.statements == expected.statements
    assert state.index_ids == state.database_ids  # every row findable, nothing else
    assert state.backlog == 0
    assert archive.import_lock_is_free() and archive.index_lock_is_free()
    return state
