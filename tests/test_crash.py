"""An import killed at any point, then run again, leaves database and index equal.

Each case imports a generated archive (bench/generate.py) in a process of its own,
kills it after a share of the time a clean import takes (kill -9 of the process group,
kill -9 of the main process alone, SIGTERM, Ctrl-C), checks that no process of the run
survives, runs the import again, and compares with one clean import: same articles and
statements, every row one document of the index and nothing else, an empty index
backlog, free locks. Each kill is also sent once the first batch is committed and once
every article is (while the index is written).
`make test` runs CRASH_POINTS=4 time points on CRASH_FILES=60 files; `make test-crash`
runs 24 time points on 150 files, on SQLite and on PostgreSQL.
"""

import logging
import os
import shutil
import time

import pytest

from bench.generate import generate
from tests.crashkit import (
    KILLS,
    Archives,
    assert_equals_clean_import,
    live_members,
    wait_until_gone,
)

POINTS = int(os.environ.get("CRASH_POINTS", "4"))
FILES = int(os.environ.get("CRASH_FILES", "60"))
BATCH = "20"  # files per extraction batch: several transactions per run
EXIT = {"SIGTERM main": 143, "Ctrl-C group": 130}
MODES = list(KILLS)
log = logging.getLogger("crash")  # make test-crash shows these lines (--log-cli-level)
CASES = [(MODES[i % len(MODES)], (i + 1) / (POINTS + 1)) for i in range(POINTS)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(FILES, folder)
    return folder


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    return Archives(tmp_path_factory.mktemp("archives"))


@pytest.fixture(scope="module")
def reference(archives, corpus):
    """One clean import: what every interrupted-then-repeated import must end with."""
    durations = []
    for _ in range(2):  # the first run is slower (cold caches): time points use the best
        archive = archives.new()
        started = time.monotonic()
        done = archive.manage("import_articles", "--batch-size", BATCH, str(corpus))
        durations.append(time.monotonic() - started)
        assert done.returncode == 0, done.stderr
    seconds = min(durations)
    state = archive.state()
    assert len(state.articles) == FILES and state.statements > FILES
    assert state.index_ids == state.database_ids
    return seconds, state


def _stop(process):
    """Kill what is left of a run (a failed test must not leave processes behind)."""
    for pid in live_members(process.pid):
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass


@pytest.mark.parametrize("mode,share", CASES, ids=[f"{m}-at-{s:.0%}" for m, s in CASES])
def test_killed_import_then_rerun_equals_one_clean_import(archives, corpus, reference, mode, share):
    seconds, expected = reference
    archive = archives.new()
    process = archive.start("import_articles", "--batch-size", BATCH, str(corpus))
    try:
        time.sleep(seconds * share)
        KILLS[mode](process)
        out, err = process.communicate(timeout=120)
        survivors = wait_until_gone(process.pid)
    finally:
        _stop(process)
    assert survivors == [], f"processes of the killed run still alive: {survivors}"
    if mode in EXIT and process.returncode == EXIT[mode]:
        assert "Import interrupted by" in err and "run the same command again" in err
    elif mode in EXIT:  # the signal came before the handler was set, or after the end
        assert process.returncode in (0, -15, -2), (process.returncode, err)
    crashed = archive.state()
    indexed = set(crashed.index_ids)
    assert indexed <= set(crashed.database_ids)  # the index never runs ahead
    if indexed != set(crashed.database_ids):
        assert crashed.backlog > 0  # what is saved but not indexed is on record
    again = archive.manage("import_articles", "--batch-size", BATCH, str(corpus))
    assert again.returncode == 0, again.stderr
    assert_equals_clean_import(archive, expected)
    check = archive.manage("check_archive")
    assert check.returncode == 0 and "Database and index agree." in check.stdout
    log.info(
        f"{mode} at {share:.0%} ({seconds * share:.1f} s): exit {process.returncode}; "
        f"{len(crashed.articles)} articles saved, "
        f"{sum(i.startswith('archive.article.') for i in indexed)} indexed, "
        f"backlog {crashed.backlog}; re-run: {len(expected.articles)} articles, "
        f"{expected.statements} statements, database and index equal"
    )


def test_two_imports_of_overlapping_folders_at_once(archives, corpus, tmp_path):
    """Started together, one waits for the other (and says so); the result is what the
    two give one after the other, in that order (extraction reads each run's files as
    one set, so that, not an import of the whole corpus, is the clean reference)."""
    files = sorted(corpus.rglob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, part in ((first, files[: FILES * 2 // 3]), (second, files[FILES // 3 :])):
        for path in part:
            target = folder / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    command = ("import_articles", "--batch-size", BATCH)
    archive = archives.new()
    runs = [archive.start(*command, str(folder)) for folder in (first, second)]
    try:
        outputs = [run.communicate(timeout=240) for run in runs]
    finally:
        for run in runs:
            _stop(run)
    assert [run.returncode for run in runs] == [0, 0], outputs
    waited = ["waiting for it to finish" in err for _, err in outputs]
    assert sum(waited) == 1
    clean = archives.new()  # the same two runs, in the order the lock gave them
    for folder in (second, first) if waited[0] else (first, second):
        assert clean.manage(*command, str(folder)).returncode == 0
    expected = clean.state()
    assert len(expected.articles) == FILES
    state = assert_equals_clean_import(archive, expected)
    log.info(
        f"two imports at once ({len(files[: FILES * 2 // 3])} and "
        f"{len(files[FILES // 3 :])} files, overlapping): exit 0 and 0, one waited; "
        f"{len(state.articles)} articles, {state.statements} statements, index equal"
    )


# Moments a time point may miss: while batches are saved, while the last are indexed.
SAVED = {"first batch saved": 1, "every article saved": FILES}
STAGE_CASES = [(mode, stage) for stage in SAVED for mode in MODES]
if POINTS < 10:  # make test: each kill once, at one of the two moments
    STAGE_CASES = [(mode, list(SAVED)[i % 2]) for i, mode in enumerate(MODES)]


@pytest.mark.parametrize("mode,stage", STAGE_CASES, ids=[f"{m}-{s}" for m, s in STAGE_CASES])
def test_killed_while_saving_or_indexing(archives, corpus, reference, mode, stage):
    """Killed once the first batch is committed, or once every article is (the index
    then being written): no process survives; SIGTERM or Ctrl-C stops the run with exit
    status 143 or 130 and says what to do; the re-run completes it."""
    _, expected = reference
    archive = archives.new()
    process = archive.start("import_articles", "--batch-size", BATCH, str(corpus))
    try:
        deadline = time.monotonic() + 120
        while archive.count("archive_article") < SAVED[stage] and process.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        KILLS[mode](process)
        _, err = process.communicate(timeout=120)
        survivors = wait_until_gone(process.pid)
    finally:
        _stop(process)
    assert survivors == []
    if mode in EXIT and not (stage != "first batch saved" and process.returncode == 0):
        assert process.returncode == EXIT[mode], err
        assert "Import interrupted by" in err and "run the same command again" in err
        assert "Traceback" not in err
    crashed = archive.state()
    assert set(crashed.index_ids) <= set(crashed.database_ids)
    log.info(
        f"{mode}, {stage}: exit {process.returncode}; "
        f"{len(crashed.articles)} articles saved, "
        f"{sum(i.startswith('archive.article.') for i in crashed.index_ids)} indexed, "
        f"backlog {crashed.backlog}"
    )
    again = archive.manage("import_articles", "--batch-size", BATCH, str(corpus))
    assert again.returncode == 0, again.stderr
    assert_equals_clean_import(archive, expected)
