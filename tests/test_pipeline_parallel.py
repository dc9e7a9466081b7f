"""The import pipeline on both cores: same outcome as one process, stages timed."""

import shutil

import pytest

from archive.ingest import pipeline
from archive.ingest.indexer import import_index
from archive.ingest.pipeline import ImportStats, import_paths
from archive.models import Article, Statement

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(tmp_path, seeds_dir):
    """Twelve files: the seeds, and copies under other names with one word changed."""
    folder = tmp_path / "pages"
    shutil.copytree(seeds_dir, folder)
    for i, path in enumerate(sorted(seeds_dir.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        (folder / f"copy_{i}.txt").write_text(text.replace("a", "á", 1), encoding="utf-8")
    (folder / "copy_x.txt").write_text("Titre\nUn paragraphe assez long.\n", encoding="utf-8")
    (folder / "zz_broken.txt").write_bytes(b"\x00\x01binary")
    return folder


def snapshot():
    return sorted(
        (a.file_name, a.title, a.body, a.content_hash, len(a.statements.all()))
        for a in Article.objects.prefetch_related("statements")
    )


@pytest.mark.any_engine
def test_workers_save_what_one_process_saves(pages):
    """Extraction in worker processes gives the same articles and outcomes as in-process."""
    serial = import_paths([pages], workers=1, batch_size=3)
    expected = snapshot()
    Article.objects.all().delete()
    parallel = import_paths([pages], workers=2, batch_size=3)
    assert snapshot() == expected
    assert parallel.counts == serial.counts
    assert parallel.counts["created"] == 11 and parallel.failed == 1
    assert any("zz_broken.txt" in p for p in parallel.problems)


def test_stats_time_every_stage(pages):
    """An ImportStats passed in learns the files seen and the seconds per stage."""
    stats = ImportStats()
    import_paths([pages], workers=2, batch_size=4, stats=stats)
    assert stats.files == 12 and stats.workers == 2
    assert set(stats.seconds) == {"decode", "extract", "database", "index"}
    assert stats.seconds["extract"] > 0 and stats.seconds["database"] > 0
    assert stats.wall > 0 and stats.rate() > 0


@pytest.mark.any_engine
def test_progress_is_reported_per_batch(pages):
    """on_progress hears (done, total) after each batch, ending at (total, total)."""
    seen = []
    import_paths([pages], workers=2, batch_size=5, on_progress=lambda d, t: seen.append((d, t)))
    assert seen == [(5, 12), (10, 12), (12, 12)]


@pytest.mark.any_engine
def test_one_failed_save_keeps_the_rest_of_its_batch(pages, monkeypatch):
    """A save that fails rolls back that article only; the others of the batch stay."""
    real = Statement.objects.bulk_create
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(Statement.objects, "bulk_create", flaky)
    report = import_paths([pages], workers=1, batch_size=12)
    assert report.counts["created"] == 10 and report.failed == 2
    assert Article.objects.count() == 10
    assert any("could not be saved (disk full)" in p for p in report.problems)


@pytest.mark.any_engine
def test_saved_articles_are_indexed_in_bulk(pages, monkeypatch):
    """Saved articles reach the index through a few bulk runs over the backlog, not one
    per article, and the backlog is empty at the end."""
    from haystack.query import SearchQuerySet

    from search.indexing import backlog_size

    calls = []
    real = import_index().catch_up
    monkeypatch.setattr(pipeline, "INDEX_EVERY", 4)
    monkeypatch.setattr(import_index(), "catch_up", lambda: calls.append(backlog_size()) or real())
    import_paths([pages], workers=1, batch_size=3)
    assert SearchQuerySet().models(Article).count() == Article.objects.count() == 11
    assert 1 < len(calls) < 11 and all(n >= 3 for n in calls[:-1])
    assert backlog_size() == 0


def test_index_writes_grow_with_the_import():
    """Bulk index writes start at INDEX_EVERY articles and grow to half of what is
    indexed, up to the write size: few segments for a big import, early results for a small one."""
    sizes, submitted = [], 0
    while submitted < 100_000:
        sizes.append(pipeline.index_batch(submitted))
        submitted += sizes[-1]
    assert sizes[:3] == [pipeline.INDEX_EVERY] * 3
    assert sizes == sorted(sizes) and max(sizes) == import_index().write_size
    assert len(sizes) < 30


def test_index_writes_shrink_at_the_end():
    """The last write, indexed alone once everything is saved, stays short."""
    sizes, submitted, total = [], 0, 100_000
    while submitted < total:
        sizes.append(min(pipeline.index_batch(submitted, total - submitted), total - submitted))
        submitted += sizes[-1]
    assert max(sizes) == import_index().write_size
    assert sizes[-1] <= pipeline.INDEX_EVERY and len(sizes) < 35


def _locked():
    raise RuntimeError("index locked")


def test_index_failure_is_reported_and_the_next_run_repairs_it(pages, monkeypatch):
    """If the index cannot be written, the articles are saved, the problem says so, and
    the next run (whose files are all unchanged) indexes them."""
    from haystack.query import SearchQuerySet

    monkeypatch.setattr(import_index(), "catch_up", _locked)
    report = import_paths([pages], workers=1)
    assert Article.objects.count() == 11
    assert any("could not be indexed yet (index locked)" in p for p in report.problems)
    assert any("check_archive --repair" in p for p in report.problems)
    assert report.unindexed
    assert SearchQuerySet().models(Article).count() == 0
    monkeypatch.undo()
    again = import_paths([pages], workers=1)
    assert again.counts["unchanged"] == 11
    assert SearchQuerySet().models(Article).count() == 11
    assert SearchQuerySet().models(Statement).count() == Statement.objects.count()


@pytest.mark.any_engine
def test_background_indexing_indexes_every_saved_article(pages, monkeypatch):
    """With workers, every saved article is indexed (in a process of its own when the
    database can be shared)."""
    from haystack.query import SearchQuerySet

    monkeypatch.setattr(pipeline, "INDEX_EVERY", 4)
    stats = ImportStats()
    report = import_paths([pages], workers=2, batch_size=3, stats=stats)
    assert report.counts["created"] == 11
    assert SearchQuerySet().models(Article).count() == 11
    assert stats.seconds["index"] > 0


def test_background_index_failure_is_reported(pages, monkeypatch):
    """A failure in the indexing process is reported once; the articles stay saved."""
    monkeypatch.setattr(pipeline, "INDEX_EVERY", 4)
    monkeypatch.setattr(import_index(), "catch_up", _locked)
    report = import_paths([pages], workers=2, batch_size=3)
    assert Article.objects.count() == 11
    assert sum("could not be indexed yet (index locked)" in p for p in report.problems) == 1


def test_indexing_process_reports_its_failures(monkeypatch):
    """The background indexer hands back failures from its process."""
    runs = iter([None, RuntimeError("index locked"), None])

    def flaky():
        outcome = next(runs)
        if outcome:
            raise outcome

    monkeypatch.setattr(import_index(), "catch_up", flaky)
    report, stats = pipeline.ImportReport(), ImportStats()
    indexer = pipeline.Indexer(report, stats, background=True)
    for _ in range(3):
        indexer.submit()
    indexer.close()
    assert indexer.pool is not None
    assert len(report.problems) == 1 and "(index locked)" in report.problems[0]
    assert stats.cpu["index"] >= 0 and stats.seconds["index"] > 0


_PARENT = {"pid": None}


def _dies_in_a_worker_on_seed_003(files, source, year):
    """extract_chunk, except that a worker process handed seed 003 is killed."""
    import os

    if os.getpid() != _PARENT["pid"] and any(f.name.startswith("003_") for f in files):
        os._exit(1)
    return _REAL_EXTRACT_CHUNK(files, source, year)


_REAL_EXTRACT_CHUNK = pipeline.extract_chunk


@pytest.mark.any_engine
def test_a_killed_worker_loses_no_batch(pages, monkeypatch):
    """If a worker dies, its batch and the rest are extracted in the main process."""
    import os

    _PARENT["pid"] = os.getpid()
    monkeypatch.setattr(pipeline, "extract_chunk", _dies_in_a_worker_on_seed_003)
    report = import_paths([pages], workers=2, batch_size=3)
    assert report.counts["created"] == 11 and report.failed == 1
    assert Article.objects.count() == 11


@pytest.mark.any_engine
def test_one_batch_with_a_text_twice_and_a_file_changed(tmp_path):
    """Inside one batch, a second copy of a text is `unchanged` and a file met again
    with other content updates the article saved moments before."""
    first, second, third = (tmp_path / d for d in ("a", "b", "c"))
    text = "Titre\nLe ministre a parlé mardi devant la presse de la situation régionale.\n"
    for folder, body in ((first, text), (second, text), (third, text + "Il a ajouté un mot.\n")):
        folder.mkdir()
        (folder / "page.txt").write_text(body, encoding="utf-8")
    (second / "page.txt").rename(second / "copy.txt")
    report = import_paths([first, second, third], workers=1, batch_size=10)
    assert (report.counts["created"], report.counts["unchanged"]) == (1, 1)
    assert report.counts["updated"] == 1
    article = Article.objects.get()
    assert article.file_name == "page.txt" and "un mot" in article.body
