"""Which files an import reads, under which name, and what it says about the others.

`import_articles` and `extract` walk folders the same way (archive/ingest/files.py).
"""

import json
import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from haystack.query import SearchQuerySet

from archive.ingest.lock import ImportLocked, import_lock
from archive.ingest.pipeline import import_paths
from archive.models import Article, Source

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.any_engine]

PAGE = (
    "{title}\n\nLe ministre {who} a déclaré mardi à la presse : « Nous poursuivrons "
    "le dialogue avec nos voisins », avant de quitter la capitale pour une tournée.\n"
)


def write(path, title, who="Odile Vantrel"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(title=title, who=who), encoding="utf-8")
    return path


def run(command, *args):
    out, err = StringIO(), StringIO()
    try:
        call_command(command, *[str(a) for a in args], stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def test_same_name_in_two_folders_is_two_articles(tmp_path):
    """a/index.txt and b/index.txt are two articles named by their path; a re-run
    changes nothing (it used to flip one article between the two texts)."""
    write(tmp_path / "pages" / "a" / "index.txt", "Sommet de Korvath sur l'eau")
    write(tmp_path / "pages" / "b" / "index.txt", "Accord de pêche à Mireval", "Jonas Pertek")
    out, _, error = run("import_articles", tmp_path / "pages")
    assert error is None and "2 created" in out
    names = sorted(Article.objects.values_list("file_name", flat=True))
    assert names == ["a/index.txt", "b/index.txt"]
    out, _, _ = run("import_articles", tmp_path / "pages")
    assert "2 unchanged" in out and "0 updated" in out
    assert SearchQuerySet().filter(content="Korvath").count() >= 1
    assert SearchQuerySet().filter(content="Mireval").count() >= 1


def test_articles_saved_under_their_base_name_take_their_path(tmp_path):
    """An archive imported before names were paths keeps working: the unchanged file
    is recognised by its text and its name becomes its path."""
    page = write(tmp_path / "old" / "index.txt", "Visite d'État à Brensk")
    import_paths([page])  # a file named alone is read under its base name
    assert Article.objects.get().file_name == "index.txt"
    moved = tmp_path / "pages" / "2021" / "index.txt"
    moved.parent.mkdir(parents=True)
    page.rename(moved)
    report = import_paths([tmp_path / "pages"])
    assert report.counts["unchanged"] == 1
    assert Article.objects.get().file_name == "2021/index.txt"


def test_a_name_that_is_not_utf8_does_not_stop_the_import(tmp_path):
    """The file is imported under an escaped name, with a line saying so; the run goes
    on and succeeds."""
    folder = tmp_path / "pages"
    write(folder / "ok.txt", "Dialogue à Tarnovie")
    raw = os.fsencode(folder) + b"/r\xe9sum\xe9.txt"
    with open(raw, "wb") as f:
        f.write(PAGE.format(title="Conférence de Velmar", who="Ines Dorvak").encode())
    out, err, error = run("import_articles", folder)
    assert error is None and "2 created" in out
    assert "r\\xe9sum\\xe9.txt: the file name is not valid UTF-8" in out
    assert Article.objects.filter(file_name="r\\xe9sum\\xe9.txt").exists()


def test_dangling_link_and_unreadable_folder_are_said_and_fail(tmp_path, monkeypatch):
    """One line each, the other files are imported, the exit status says it failed."""
    folder = tmp_path / "pages"
    write(folder / "ok.txt", "Dialogue à Tarnovie")
    write(folder / "locked" / "hidden.txt", "Sommet de Korvath")
    os.symlink(tmp_path / "nowhere.txt", folder / "gone.txt")
    real_scandir = os.scandir

    def scandir(path="."):  # what os.walk meets on a folder it may not read
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out, err, error = run("import_articles", folder)
    assert error is not None and "2 file(s) could not be imported" in str(error)
    assert "gone.txt: a link to nothing (dangling)" in err
    assert "locked: cannot read this folder (Permission denied)" in err
    assert "1 created" in out and "2 failed" in out
    _, err, error = run("extract", "--format", "json", folder)
    assert error is not None
    assert "gone.txt: a link to nothing" in err and "cannot read this folder" in err


def test_extract_walks_folders_as_the_import_does(tmp_path):
    """Sub-folders are read, each file named by its path under the folder given."""
    write(tmp_path / "pages" / "a" / "index.txt", "Sommet de Korvath")
    write(tmp_path / "pages" / "b" / "index.txt", "Accord de Mireval")
    out, _, error = run("extract", "--format", "json", tmp_path / "pages")
    assert error is None
    assert [doc["file"] for doc in json.loads(out)] == ["a/index.txt", "b/index.txt"]


def test_source_option_stores_the_registry_entry(tmp_path):
    """--source NAME stores the outlet as the registry knows it (name and website), as
    `extract --source` reads it."""
    page = write(tmp_path / "page.txt", "Communiqué de Korvath sur le barrage")
    out, _, error = run("import_articles", "--source", "Agence France-Presse", page)
    assert error is None
    article = Article.objects.get()
    assert article.source.name == "AFP" and article.source.website == "afp.com"
    extracted, _, _ = run("extract", "--format", "json", "--source", "Agence France-Presse", page)
    assert json.loads(extracted)[0]["source"] == article.source.name
    assert Source.objects.count() == 1


def test_a_second_import_waits_or_stops_with_a_clear_message(tmp_path):
    """While an import holds the lock, --no-wait stops at once, naming the holder."""
    page = write(tmp_path / "page.txt", "Communiqué de Korvath sur le barrage")
    with import_lock():
        _, _, error = run("import_articles", "--no-wait", page)
        assert error is not None and f"another import is running (pid {os.getpid()})" in str(error)
        with pytest.raises(ImportLocked):
            import_paths([page], wait=False)
    assert Article.objects.count() == 0
    out, _, error = run("import_articles", "--no-wait", page)
    assert error is None and "1 created" in out


def test_an_index_failure_fails_the_command_and_the_next_run_repairs_it(tmp_path, monkeypatch):
    """Saved but not indexed: exit status 1 with the reason; a re-run indexes them."""
    from archive.ingest.indexer import import_index

    page = write(tmp_path / "page.txt", "Communiqué de Korvath sur le barrage")

    def broken():
        raise OSError("No space left on device")

    monkeypatch.setattr(import_index(), "catch_up", broken)
    _, err, error = run("import_articles", page)
    assert error is not None and "not all searchable" in str(error)
    assert "could not be indexed yet (No space left on device)" in err
    monkeypatch.undo()
    out, _, error = run("import_articles", page)
    assert error is None and "1 unchanged" in out
    assert "saved by an earlier run but not indexed: indexing them" in out
    assert SearchQuerySet().filter(content="Korvath").count() >= 1
