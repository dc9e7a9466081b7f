"""tests/postgres.py: a throwaway PostgreSQL for one command, cleaned up afterwards."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres

TOOL = Path(postgres.__file__)


def run_tool(*cmd, **env):
    import os

    return subprocess.run(
        [sys.executable, str(TOOL), *cmd],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_missing_binaries_are_named_and_fail(tmp_path):
    """Without PostgreSQL binaries the tool says what to install and exits non-zero."""
    done = run_tool("true", PG_BIN=str(tmp_path))
    assert done.returncode != 0
    assert "apt-get install" in done.stderr and str(tmp_path) in done.stderr


def test_no_command_prints_usage():
    """Called without a command, the tool explains itself and exits 2."""
    done = run_tool()
    assert done.returncode == 2 and "DATABASE_URL" in done.stderr


def _has_postgres() -> bool:
    try:
        postgres.find_bin_dir()
    except postgres.PostgresMissing:
        return False
    return True


@pytest.mark.skipif(not _has_postgres(), reason="PostgreSQL binaries not installed")
def test_command_gets_a_working_database_and_its_exit_code_is_kept():
    """CMD sees DATABASE_URL of a live server; the tool exits with CMD's code; no folder stays."""
    script = (
        "import os, sys, dj_database_url, psycopg\n"
        "c = dj_database_url.parse(os.environ['DATABASE_URL'])\n"
        "conn = psycopg.connect(host=c['HOST'], port=c['PORT'], user=c['USER'], dbname=c['NAME'])\n"
        "print(c['HOST']); print(conn.execute('select 41 + 1').fetchone()[0])\n"
        "sys.exit(7)\n"
    )
    done = run_tool(sys.executable, "-c", script)
    assert done.returncode == 7, done.stderr
    folder, answer = done.stdout.split()
    assert answer == "42"
    assert not Path(folder).exists()
