"""The import command: what it saves, what it refuses, and that it never half-saves."""

import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, Source, Speaker, Statement
from archive.text import fold

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.any_engine]


def run_import(*args):
    """Run import_articles; return (stdout, stderr, error or None)."""
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *[str(a) for a in args], stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def seeds(tmp_path, seeds_dir):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    return folder


def test_import_seeds_creates_one_article_per_file(seeds):
    """Every seed file becomes one article; the summary line says so."""
    out, _, error = run_import(seeds)
    assert error is None
    assert Article.objects.count() == 5
    assert "5 created" in out
    assert set(Article.objects.values_list("file_name", flat=True)) == {
        p.name for p in seeds.glob("*.txt")
    }


def test_imported_seeds_match_gold_statements_and_speakers(seeds, gold_dir):
    """Each gold quote is stored as a statement of its article, with an accepted speaker."""
    run_import(seeds)
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = Article.objects.get(file_name=gold["file"])
        stored = list(article.statements.select_related("speaker"))
        for quote in gold["quotes"]:
            words = fold(quote["text"])[:40]
            match = [s for s in stored if words in fold(s.text)]
            assert match, f"{gold['file']}: missing statement «{quote['text'][:40]}…»"
            speaker = fold(match[0].speaker.name) if match[0].speaker else ""
            assert any(fold(a) in speaker for a in quote["accept"]), (gold["file"], speaker)
        if gold.get("title"):
            assert fold(article.title) == fold(gold["title"])
        if gold.get("published"):
            assert article.published.date().isoformat() == gold["published"]


def test_statement_offsets_point_into_the_body(seeds):
    """A statement's start/end select its own words in the body (or the headline)."""
    run_import(seeds)
    statements = Statement.objects.select_related("article")
    assert statements.filter(in_title=False).exists()
    assert statements.filter(in_title=True).exists()  # « … » in a seed's headline
    for s in statements:
        text = s.article.title if s.in_title else s.article.body
        assert text[s.start : s.end] == s.text


def test_one_speaker_per_person_across_articles(seeds):
    """A person quoted in several articles is one Speaker, reached by each alias."""
    run_import(seeds)
    lavrov = [s for s in Speaker.objects.all() if "lavrov" in fold(s.name)]
    assert len(lavrov) == 1
    assert lavrov[0].statements.values("article").distinct().count() >= 2


def test_reimport_changes_nothing(seeds):
    """Importing the same files again creates no rows and reports them unchanged."""
    run_import(seeds)
    counts = (Article.objects.count(), Statement.objects.count(), Speaker.objects.count())
    stamps = list(Article.objects.order_by("pk").values_list("updated_at", flat=True))
    out, _, error = run_import(seeds)
    assert error is None
    assert "5 unchanged" in out
    assert (Article.objects.count(), Statement.objects.count(), Speaker.objects.count()) == counts
    assert list(Article.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps


def test_changed_file_updates_its_article(tmp_path):
    """A file imported again with new content updates the same article, not a new one."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Titre de la page\n"
        "Le ministre a parlé mardi devant la presse de la situation régionale.\n"
        '"Nous restons prêts au dialogue", a déclaré le ministre.\n',
        encoding="utf-8",
    )
    run_import(page)
    first = Article.objects.get()
    page.write_text(
        page.read_text(encoding="utf-8") + "Il a ajouté que les discussions continueraient.\n",
        encoding="utf-8",
    )
    out, _, error = run_import(page)
    assert error is None and "1 updated" in out
    again = Article.objects.get()
    assert again.pk == first.pk
    assert "discussions continueraient" in again.body


def test_changed_file_replaces_its_documents_in_the_index(tmp_path):
    """Re-importing a changed file leaves one article and its current statements in the
    index: the old statement is gone, the new one is found."""
    from haystack.query import SearchQuerySet

    page = tmp_path / "page.txt"
    lines = [
        "Titre de la page\n",
        "Le ministre a parlé mardi devant la presse de la situation régionale.\n",
        '"Nous restons prêts au dialogue", a déclaré le ministre.\n',
    ]
    page.write_text("".join(lines), encoding="utf-8")
    run_import(page)
    lines[2] = '"Nous refusons toute concession", a déclaré le ministre.\n'
    page.write_text("".join(lines), encoding="utf-8")
    out, _, error = run_import(page)
    assert error is None and "1 updated" in out
    assert SearchQuerySet().models(Article).count() == 1
    statements = SearchQuerySet().models(Statement)
    assert statements.filter(content="concession").count() == 1
    assert statements.filter(content="dialogue").count() == 0


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(128, 256)) * 4, "encoding"),
    ],
    ids=["empty", "blank", "binary", "undecodable"],
)
def test_bad_files_get_a_clear_message_and_leave_nothing(tmp_path, content, message):
    """Empty, binary and undecodable files are reported by name; nothing is saved."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    _, err, error = run_import(bad)
    assert error is not None
    assert "bad.txt" in err and message in err
    assert Article.objects.count() == 0 and Source.objects.count() == 0


def test_one_bad_file_does_not_stop_the_others(seeds):
    """The good files of a folder are imported even when one fails; exit is an error."""
    (seeds / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    out, err, error = run_import(seeds)
    assert error is not None
    assert "broken.txt" in err
    assert "5 created" in out and "1 failed" in out
    assert Article.objects.count() == 5


def test_legacy_encoding_is_detected(tmp_path):
    """A Latin-1 file with accents is decoded, not refused."""
    page = tmp_path / "latin1.txt"
    page.write_bytes(
        "Déclaration du ministère\n"
        "Le ministère des Affaires étrangères a publié une déclaration sur la sécurité "
        "régionale et l'évolution des négociations, a-t-on appris vendredi.\n".encode("latin-1")
    )
    _, err, error = run_import(page)
    assert error is None, err
    assert "négociations" in Article.objects.get().body


def test_failure_while_saving_leaves_nothing_behind(seeds, monkeypatch):
    """If saving statements fails, the article, its source and speakers are rolled back."""

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Statement.objects, "bulk_create", explode)
    _, err, error = run_import(seeds / "002_bd7433192761cc3b.txt")
    assert error is not None and "could not be saved" in err
    assert Article.objects.count() == 0
    assert Speaker.objects.count() == 0 and Source.objects.count() == 0


def test_missing_path_is_a_command_error(tmp_path):
    """A path that does not exist stops the command with its name."""
    _, _, error = run_import(tmp_path / "nowhere")
    assert error is not None and "nowhere" in str(error)


def test_source_option_overrides_the_detected_publisher(seeds):
    """--source NAME sets the publisher of every imported article."""
    call_command("import_articles", str(seeds), "--source", "Agence Test", stdout=None)
    assert set(Article.objects.values_list("source__name", flat=True)) == {"Agence Test"}
