"""An import while gunicorn serves a bounded load: no error, same end state as alone.

In a throwaway archive (tests/crashkit.py: SQLite, or PostgreSQL under tests/postgres.py)
holding the seeds, gunicorn runs with 3 workers and the production settings on a free
port of 127.0.0.1; `import_articles` then imports SERVE_FILES generated files
(bench/generate.py) while a few client threads request pages (home, article lists, day,
speaker, source and article pages), searches in both modes, feeds, CSV/JSON exports and
the JSON API, until the import ends (at most SERVE_REQUESTS requests, SERVE_SECONDS
seconds). Addresses of speakers, sources, days and articles are taken from the pages
served, so articles imported meanwhile are requested too.

Every response is recorded: none may be >= 500, no connection may fail, the import must
exit 0, and the archive must end equal to the same files imported into a fresh archive
with nothing served (crashkit.assert_equals_clean_import, then `check_archive`).
Marked `serve`: `make test` leaves it out; `make test-serve` runs it on SQLite and on
PostgreSQL and prints the summary (requests by kind, statuses, latency, import time).
"""

from __future__ import annotations

import logging
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.generate import generate
from bench.run import percentile
from tests.crashkit import ROOT, Archives, assert_equals_clean_import, wait_until_gone
from tests.postgres import free_port

pytestmark = pytest.mark.serve

FILES = int(os.environ.get("SERVE_FILES", "300"))
MAX_REQUESTS = int(os.environ.get("SERVE_REQUESTS", "3000"))
MAX_SECONDS = float(os.environ.get("SERVE_SECONDS", "150"))
CLIENTS = 4  # client threads
WORKERS = "3"
REQUEST_TIMEOUT = 30  # seconds; gunicorn kills a worker stuck for 60
SEEDS = ROOT / "seeds"
log = logging.getLogger("serve")  # make test-serve shows these lines (--log-cli-level)

WORDS = ["sanctions", "Lavrov", "cessez-le-feu", '"mer Noire"', "energy security", "paix"]
# Addresses found in the pages served, by kind (the day pages through year and month).
LINKS = {
    "article": re.compile(r'href="(/article/(\d+)-[\w-]+/)"'),
    "speaker": re.compile(r'href="/orateurs/([\w-]+)/"'),
    "source": re.compile(r'href="/sources/([\w-]+)/"'),
    "year": re.compile(r'href="(/articles/\d{4}/)"'),
    "month": re.compile(r'href="(/articles/\d{4}/\d{1,2}/)"'),
    "day": re.compile(r'href="(/articles/\d{4}/\d{1,2}/\d{1,2}/)"'),
}


@dataclass
class Result:
    kind: str
    url: str
    status: int | None  # None: no HTTP answer
    error: str
    seconds: float
    during_import: bool


class Site:
    """What the client knows of the site: addresses seen, by kind."""

    def __init__(self, base: str):
        self.base = base
        self.seen = {kind: set() for kind in LINKS}
        self.lock = threading.Lock()

    def learn(self, html: str) -> None:
        with self.lock:
            for kind, pattern in LINKS.items():
                for match in pattern.finditer(html):
                    self.seen[kind].add(match.groups() if kind == "article" else match[1])

    def pick(self, kind: str, rng: random.Random):
        with self.lock:
            return rng.choice(sorted(self.seen[kind])) if self.seen[kind] else None

    def get(self, kind: str, path: str, during_import: bool = False) -> Result:
        started = time.perf_counter()
        status, error, body = None, "", b""
        try:
            with urllib.request.urlopen(self.base + path, timeout=REQUEST_TIMEOUT) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as exc:
            status = exc.code
        except Exception as exc:  # refused, reset, timed out: what the test counts
            error = f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        if status == 200 and b"<html" in body[:500].lower():
            self.learn(body.decode("utf-8", "replace"))
        return Result(kind, path, status, error, seconds, during_import)


def requests_of(site: Site, rng: random.Random):
    """(kind, path) of one request of each kind, in turn, forever."""
    while True:
        word = rng.choice(WORDS)
        q = urllib.request.quote(word)
        article = site.pick("article", rng)
        speaker, source = site.pick("speaker", rng), site.pick("source", rng)
        yield "page", rng.choice(["/", "/articles/", "/orateurs/", "/sources/"])
        yield "day", site.pick("day", rng) or "/articles/"
        yield "speaker", f"/orateurs/{speaker}/"
        yield "source", f"/sources/{source}/"
        yield "article", article[0]
        yield "search", f"/search/?q={q}&page={rng.choice([1, 2])}"
        yield "search statements", f"/search/?q={q}&mode=statements"
        yield "feed", rng.choice(
            [f"/search/feed/?q={q}", f"/search/feed/speaker/{speaker}/",
             f"/search/feed/source/{source}/"]
        )  # fmt: skip
        yield (
            "export",
            rng.choice([f"/search/export.csv?q={q}", f"/search/export.json?q={q}&mode=statements"]),
        )
        yield "api", rng.choice(
            ["/api/", "/api/articles/?page=2", f"/api/articles/{article[1]}/",
             f"/api/statements/?speaker={speaker}", f"/api/speakers/{speaker}/",
             f"/api/sources/{source}/"]
        )  # fmt: skip


def explore(site: Site) -> list[Result]:
    """Home, a year, a month: enough addresses of each kind to start with."""
    results = [site.get("page", path) for path in ("/", "/orateurs/", "/sources/")]
    for kind in ("year", "month"):
        path = site.pick(kind, random.Random(0))
        assert path, f"no {kind} link found on the pages served"
        results.append(site.get("page", path))
    assert all(site.seen[kind] for kind in LINKS), {k: len(v) for k, v in site.seen.items()}
    return results


def load(site: Site, importer: subprocess.Popen) -> list[Result]:
    """Requests from CLIENTS threads until the import ends (bounded in count and time)."""
    results, lock, count = [], threading.Lock(), [0]
    deadline = time.monotonic() + MAX_SECONDS

    def client(n: int) -> None:
        rng = random.Random(n)
        plan = requests_of(site, rng)
        for _ in range(n):  # the clients do not all ask for the same kind at once
            next(plan)
        while importer.poll() is None and time.monotonic() < deadline:
            with lock:
                if count[0] >= MAX_REQUESTS:
                    return
                count[0] += 1
            kind, path = next(plan)
            result = site.get(kind, path, during_import=importer.poll() is None)
            with lock:
                results.append(result)

    with ThreadPoolExecutor(CLIENTS) as pool:
        for future in [pool.submit(client, n) for n in range(CLIENTS)]:
            future.result()
    return results


class Gunicorn:
    """gunicorn in a process group of its own; `stop` ends the whole group."""

    def __init__(self, archive, log_path: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **archive.env,
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        }
        self.log_path = log_path
        with open(log_path, "w") as log_file:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", WORKERS,
                 "--bind", f"127.0.0.1:{self.port}", "--timeout", "60"],
                cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip

    def wait_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"gunicorn exited:\n{self.log()}"
            try:
                with urllib.request.urlopen(self.base + "/", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"gunicorn not answering after {seconds} s:\n{self.log()}")

    def stop(self) -> list[int]:
        """SIGTERM to the group (graceful), SIGKILL after 30 s; the survivors, if any."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
        survivors = wait_until_gone(self.process.pid, 5)
        if survivors:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        return survivors

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(FILES, folder)
    return folder


def import_alone(archives: Archives, corpus: Path):
    """The seeds then the corpus into a fresh archive, nothing served: the reference."""
    clean = archives.new("clean")
    assert clean.manage("import_articles", str(SEEDS)).returncode == 0
    started = time.monotonic()
    done = clean.manage("import_articles", str(corpus))
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started, clean.state()


def test_import_while_gunicorn_serves_a_load(tmp_path, corpus):
    archives = Archives(tmp_path / "archives")
    alone_seconds, expected = import_alone(archives, corpus)
    assert len(expected.articles) == FILES + len(list(SEEDS.glob("*.txt")))
    served = archives.new("served")
    for command in (("import_articles", str(SEEDS)), ("collectstatic", "--noinput", "-v", "0")):
        done = served.manage(*command)
        assert done.returncode == 0, done.stderr

    server = Gunicorn(served, tmp_path / "gunicorn.log")
    importer, survivors, output = None, [], {}
    try:
        server.wait_ready()
        site = Site(server.base)
        results = explore(site)
        started = time.monotonic()
        importer = served.start("import_articles", str(corpus))
        reader = threading.Thread(target=lambda: output.update(err=importer.communicate()[1]))
        reader.start()
        results += load(site, importer)
        reader.join(timeout=240)
        import_seconds = time.monotonic() - started
        results += [
            site.get(kind, path) for kind, path in (("page", "/"), ("search", "/search/?q=paix"))
        ]
    finally:
        if importer is not None and importer.poll() is None:
            os.killpg(importer.pid, signal.SIGKILL)
            importer.wait()
        survivors = server.stop()

    summary = summarise(results, import_seconds, alone_seconds)
    log.info(summary)
    failures = [r for r in results if r.status is None or r.status >= 500]
    assert not failures, f"{summary}\n{failures[:10]}\n{server.log()}"
    assert survivors == [], f"gunicorn processes left after SIGTERM: {survivors}"
    assert importer.returncode == 0, output.get("err")
    assert any(r.during_import for r in results), "no request was answered during the import"
    answered = {r.kind for r in results if r.status == 200}
    assert answered == {kind for kind, _ in results_kinds(results)}, summary
    assert_equals_clean_import(served, expected)
    check = served.manage("check_archive")
    assert check.returncode == 0 and "Database and index agree." in check.stdout, check.stdout


def results_kinds(results: list[Result]):
    return Counter(r.kind for r in results).items()


def summarise(results: list[Result], import_seconds: float, alone_seconds: float) -> str:
    seconds = [r.seconds for r in results]
    during = sum(r.during_import for r in results)
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(results_kinds(results)))
    statuses = ", ".join(f"{s or 'no answer'}: {n}" for s, n in sorted(
        Counter(r.status for r in results).items(), key=lambda item: item[0] or 0))  # fmt: skip
    other = sorted({f"{r.status} {r.url}" for r in results if r.status != 200})
    return (
        f"{len(results)} requests ({during} during the import; {kinds}); statuses {statuses}; "
        f"{sum(r.error != '' for r in results)} connection errors; "
        f"p50 {percentile(seconds, 0.5) * 1000:.0f} ms, "
        f"p95 {percentile(seconds, 0.95) * 1000:.0f} ms; "
        f"import of {FILES} files {import_seconds:.1f} s while serving, "
        f"{alone_seconds:.1f} s alone" + "".join(f"\n  {line}" for line in other[:10])
    )
