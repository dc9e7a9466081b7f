"""Browser tests: Playwright (from PyPI) driving Debian's Chromium against a real server.

One server per session: a throwaway data dir holding the seeds plus a small generated
archive (enough for long lists and pagination), imported with `import_articles`, served
by `manage.py runserver` on 127.0.0.1 with debug off. Screenshots go to var/screenshots/.

Every test here carries the `browser` marker. Without Chromium (or Playwright) they are
skipped with the reason; `make test-browser` (CI) sets DEPECHES_BROWSER_REQUIRED=1 so that
a missing browser fails the run instead.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CHROMIUM = Path(os.environ.get("DEPECHES_CHROMIUM", "/usr/bin/chromium"))
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
GENERATED_ARTICLES = int(os.environ.get("DEPECHES_BROWSER_ARTICLES", "240"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PHONE, DESKTOP = 390, 1280


def _missing() -> str:
    """Why the browser tests cannot run here, or "" when they can."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright)"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if not AXE_JS.exists():
        return f"axe-core missing: run `npm ci` in {HERE.relative_to(ROOT)}"
    return ""


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    if not reason:
        return
    if os.environ.get("DEPECHES_BROWSER_REQUIRED") == "1":
        return  # they run, and fail saying what is missing
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.skip(reason=f"browser tests: {reason}"))


REPORT: list[str] = []


def note(line: str) -> None:
    """A line for the run's summary (screenshots, axe counts, widths), also written to
    var/browser-report.txt."""
    REPORT.append(line)


def pytest_terminal_summary(terminalreporter):
    if not REPORT:
        return
    terminalreporter.write_sep("=", "browser tests: screenshots, axe counts, page widths")
    for line in sorted(REPORT):
        terminalreporter.write_line(line)
    SCREENSHOTS.parent.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS.parent / "browser-report.txt").write_text("\n".join(sorted(REPORT)) + "\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the test server stopped (exit {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the test server did not answer {url} within {seconds} s")


@pytest.fixture(scope="session")
def site():
    """Base URL ("http://127.0.0.1:PORT") of a server on the seeds + a generated archive."""
    from bench.generate import generate

    folder = Path(tempfile.mkdtemp(prefix="depeches-browser-"))
    pages = folder / "pages"
    pages.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(seed, pages / seed.name)
    generate(GENERATED_ARTICLES, pages / "generated")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DEPECHES_DATA_DIR": str(folder / "data"),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "browser-tests-only",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("DATABASE_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["import_articles", str(pages)]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base + "/", server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module. Playwright's sync API runs an event loop in this
    thread while it is open; closing it with the module keeps later (database) tests out
    of an "async context"."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


LOCALES = {"fr": "fr-FR", "en": "en-GB"}  # the browser's Accept-Language picks the interface


def _page(browser, width: int, height: int, language: str = "fr", **options):
    context = browser.new_context(
        viewport={"width": width, "height": height},
        accept_downloads=True,
        locale=LOCALES[language],
        **options,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.fixture
def page(browser):
    context, tab = open_desktop(browser)
    yield tab
    context.close()


def open_phone(browser, language: str = "fr"):
    """A phone-sized tab (390 × 844, touch): (context, page)."""
    return _page(browser, PHONE, 844, language, has_touch=True, is_mobile=True)


def open_desktop(browser, language: str = "fr"):
    """A desktop-sized tab (1280 × 900): (context, page)."""
    return _page(browser, DESKTOP, 900, language)


@pytest.fixture
def phone(browser):
    context, tab = open_phone(browser)
    yield tab
    context.close()


class Shots:
    """Numbered screenshots of a journey: var/screenshots/<journey>-NN-<step>.png."""

    def __init__(self, journey: str):
        self.journey, self.count, self.paths = journey, 0, []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def __call__(self, page, step: str, full_page: bool = True) -> Path:
        """Photograph the page (the window only with full_page=False: a full-page shot
        resizes the view, which can take the keyboard focus away)."""
        self.count += 1
        path = SCREENSHOTS / f"{self.journey}-{self.count:02d}-{step}.png"
        page.screenshot(path=str(path), full_page=full_page)
        self.paths.append(path)
        note(f"screenshot {path.relative_to(ROOT)}")
        return path


@pytest.fixture
def shots(request):
    return Shots(request.node.name.removeprefix("test_").replace("[", "-").rstrip("]"))


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page (injected without touching the page's CSP)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
            }));
        }"""
    )
    return json.loads(json.dumps(result))


def overflow(page) -> int:
    """How many CSS pixels the page is wider than its viewport (0 when it fits)."""
    return page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )


def _links(base: str, path: str, pattern: str) -> list[str]:
    import re

    with urllib.request.urlopen(base + path, timeout=30) as response:
        html = response.read().decode("utf-8")
    return list(dict.fromkeys(re.findall(rf'href="({pattern})"', html)))


@pytest.fixture(scope="session")
def page_types(site) -> dict[str, str]:
    """One path per page type of the site, found by following links as a reader would."""
    year = _links(site, "/articles/", r"/articles/\d{4}/")[0]
    month = _links(site, year, r"/articles/\d{4}/\d{1,2}/")[0]
    day = _links(site, month, r"/articles/\d{4}/\d{1,2}/\d{1,2}/")[0]
    article = _links(site, month, r"/article/\d+-[\w-]+/")[0]
    speaker = _links(site, "/orateurs/", r"/orateurs/[\w-]+/")[0]
    source = _links(site, "/sources/", r"/sources/[\w-]+/")[0]
    statement = _links(site, speaker, r"/citation/\d+/")[0]
    return {
        "home": "/",
        "archive": "/articles/",
        "year": year,
        "month": month,
        "day": day,
        "undated": "/articles/sans-date/",
        "article": article,
        "speakers": "/orateurs/",
        "speaker": speaker,
        "sources": "/sources/",
        "source": source,
        "search-browse": "/search/",
        "search": "/search/?q=accord",
        "search-statements": "/search/?q=cessez-le-feu&mode=statements",  # + concepts line
        "search-card": "/search/?q=Lavrov",  # a speaker's card above the results
        "statement": statement,
    }
