"""Arrows point one way: `archive` never imports `search`; imports reach the index
through the interface archive defines (archive/ingest/indexer.py), which the search
app registers when it starts."""

import ast
import contextlib
import shutil
from pathlib import Path

import pytest

import archive
from archive.ingest import pipeline
from archive.ingest.indexer import NoIndex, import_index, register
from archive.ingest.pipeline import NO_INDEX, import_paths
from archive.models import Article

ARCHIVE = Path(archive.__file__).parent


def _is_search(module: str | None) -> bool:
    return module is not None and (module == "search" or module.startswith("search."))


def search_imports(source: str) -> list[int]:
    """Lines of `source` that import the search app (statements, import_module, __import__)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            if any(_is_search(alias.name) for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _is_search(node.module):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and _is_search(first.value)
            ):
                lines.append(node.lineno)
    return lines


def test_the_detector_sees_every_way_of_importing_search():
    source = (
        "import search\n"
        "from search.indexing import catch_up\n"
        "import os, search.signals\n"
        "importlib.import_module('search.indexing')\n"
        "from searchlight import x\n"  # another package: not search
        "from .search import y\n"  # a module of archive's own
    )
    assert search_imports(source) == [1, 2, 3, 4]


def test_no_archive_module_imports_search():
    modules = [
        path
        for path in ARCHIVE.rglob("*.py")
        if "migrations" not in path.relative_to(ARCHIVE).parts
    ]
    assert len(modules) > 20  # the walk found the package
    offenders = {
        str(path.relative_to(ARCHIVE.parent)): lines
        for path in modules
        if (lines := search_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_search_app_registers_its_index():
    index = import_index()
    assert not isinstance(index, NoIndex) and index.enabled
    assert type(index).__module__ == "search.indexing"


class FakeIndex:
    """Records what the pipeline asks of it, and when."""

    enabled = True

    def __init__(self, waiting: int, write_size: int):
        self.waiting, self.write_size = waiting, write_size
        self.events: list = []
        self.is_paused = False

    @contextlib.contextmanager
    def paused(self):
        self.events.append("pause")
        self.is_paused = True
        try:
            yield
        finally:
            self.is_paused = False
            self.events.append("resume")

    def backlog_size(self) -> int:
        self.events.append("backlog")
        return self.waiting

    def catch_up(self) -> int:
        self.events.append(("catch_up", self.is_paused, Article.objects.count()))
        self.waiting = 0
        return 0


@pytest.fixture
def use_index():
    previous = import_index()

    def install(index):
        register(index)
        return index

    yield install
    register(previous)


@pytest.fixture
def pages(tmp_path, seeds_dir):
    folder = tmp_path / "pages"
    shutil.copytree(seeds_dir, folder)
    return folder


@pytest.mark.django_db
def test_the_import_goes_through_the_registered_index(pages, use_index, monkeypatch):
    """Indexing is paused for the whole import; what waits is announced; the backlog is
    caught up every few batches while paused, the last time once all is saved."""
    fake = use_index(FakeIndex(waiting=3, write_size=7))
    monkeypatch.setattr(pipeline, "INDEX_EVERY", 2)
    report = import_paths([pages], workers=1, batch_size=2)
    saved = Article.objects.count()
    assert saved == report.counts["created"] > 4
    assert fake.events[:2] == ["pause", "backlog"] and fake.events[-1] == "resume"
    catch_ups = [e for e in fake.events if isinstance(e, tuple)]
    assert len(catch_ups) > 1 and all(paused for _, paused, _ in catch_ups)
    assert catch_ups[-1][2] == saved
    assert "3 change(s) saved by an earlier run but not indexed: indexing them" in report.notes
    assert not report.unindexed and NO_INDEX not in report.notes


def test_index_writes_never_exceed_the_index_write_size(use_index):
    fake = use_index(FakeIndex(waiting=0, write_size=7))
    assert pipeline.index_batch(0) == pipeline.index_batch(10**6) == fake.write_size


@pytest.mark.django_db
def test_an_archive_without_search_imports_and_says_nothing_is_indexed(pages, use_index):
    use_index(NoIndex())
    report = import_paths([pages], workers=1)
    assert report.counts["created"] == Article.objects.count() > 0
    assert NO_INDEX in report.notes
    assert report.problems == [] and not report.unindexed
