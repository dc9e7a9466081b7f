"""Files no scraper should produce: each is refused with one clear line, or imported,
and the run goes on; extraction reads huge files window by window (timings: make probe-files)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from archive.ingest.extract import WINDOW_CHARS, extract_batch
from archive.ingest.parse import DecodeError, decode, read_document
from archive.models import Article
from archive.text import fold
from bench.hostile import ARTICLE, make_shape

GOOD = ARTICLE.replace("Valdoria", "Norvalie")  # a normal page, imported in every run


def run_import(folder):
    """Run import_articles on a folder; return (stdout, stderr lines, error or None)."""
    out, err = StringIO(), StringIO()
    error = None
    try:
        call_command("import_articles", str(folder), stdout=out, stderr=err)
    except CommandError as exc:
        error = exc
    return out.getvalue(), [ln for ln in err.getvalue().splitlines() if ln.strip()], error


HOSTILE = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "truncated.txt": (GOOD.encode()[:-1] + "é".encode()[:1], "truncated"),
    "marks.txt": (make_shape("quote-marks", 20_000).encode(), "no article text"),
    "lines.txt": (("Ligne.\n" * 100_000).encode(), "no article text"),
    "huge.txt": (make_shape("one-line", 120_000).encode(), "size budget"),
}


@pytest.mark.django_db(transaction=True)
def test_each_hostile_file_gets_one_line_and_the_run_goes_on(tmp_path, settings):
    """One line per refused file, naming it and the reason; the good files are imported;
    the exit status is an error that counts the refused files."""
    settings.DEPECHES_MAX_FILE_BYTES = 1_000_000
    for name, (data, _) in HOSTILE.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "huge.txt").write_bytes(make_shape("one-line", 1_200_000).encode())
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nested.txt").write_text(make_shape("nesting", 30_000), encoding="utf-8")
    out, lines, error = run_import(tmp_path)
    for name, (_, reason) in HOSTILE.items():
        mine = [ln for ln in lines if ln.startswith(f"{name}:")]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0], mine[0]
    assert len(lines) == len(HOSTILE)
    assert error is not None and f"{len(HOSTILE)} file(s)" in str(error)
    assert f"{len(HOSTILE)} failed" in out
    assert set(Article.objects.values_list("file_name", flat=True)) == {"good.txt", "nested.txt"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_read(encoding):
    """UTF-16 text, with a byte-order mark or without one, is decoded, not called binary."""
    doc = decode("a.txt", GOOD.encode(encoding))
    assert doc.text == GOOD
    assert doc.content_hash == decode("b.txt", GOOD.encode()).content_hash


def test_utf16_with_a_damaged_end_is_refused():
    """UTF-16 cut in the middle of a character says so."""
    with pytest.raises(DecodeError, match="a.txt: .*UTF-16"):
        decode("a.txt", GOOD.encode("utf-16")[:-1])


def test_truncated_utf8_is_refused_not_guessed():
    """A UTF-8 file cut inside its last character is not read as another encoding."""
    with pytest.raises(DecodeError, match="truncated"):
        decode("a.txt", GOOD.encode() + "€".encode()[:2])


def test_size_budget_is_checked_before_reading(tmp_path, settings):
    """A file over the budget is refused by its size, with the setting's name; 0 lifts it."""
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10, encoding="utf-8")
    settings.DEPECHES_MAX_FILE_BYTES = 1_000
    with pytest.raises(
        DecodeError, match="big.txt: .*over the size budget.*DEPECHES_MAX_FILE_BYTES"
    ):
        read_document(path)
    settings.DEPECHES_MAX_FILE_BYTES = 0
    assert read_document(path).text == GOOD * 10


def test_page_with_no_body_is_a_warning_in_extract(tmp_path):
    """`extract` prints a page without article text (the scorer reads every file) and warns."""
    (tmp_path / "marks.txt").write_bytes(HOSTILE["marks.txt"][0])
    out, err = StringIO(), StringIO()
    call_command("extract", str(tmp_path / "marks.txt"), "--format", "json", stdout=out, stderr=err)
    assert '"body": []' in out.getvalue()
    assert err.getvalue().startswith("warning: marks.txt: no article text")


@pytest.mark.parametrize("shape", ["article-repeated", "one-line"])
def test_quotes_of_a_file_larger_than_a_window_point_at_their_text(shape):
    """Past WINDOW_CHARS the body is read window by window (a long line cut in pieces):
    every quote's offsets still land on its words in the whole body, and the speakers
    are those the article has on its own."""
    alone = extract_batch([decode("one.txt", ARTICLE.encode())])[0]
    text = make_shape(shape, 3 * WINDOW_CHARS)
    result = extract_batch([decode("big.txt", text.encode(), max_bytes=0)])[0]
    body = result.body_text
    copies = text.count("Tomas Brevik, pour discuter")
    if shape == "one-line":  # every copy is new text: each gives its quotes
        assert len(result.quotes) >= (copies - 1) * len(alone.quotes)
    else:  # a paragraph printed again gives its quotes once, but every window is read
        assert max(q.start for q in result.quotes) > len(body) - WINDOW_CHARS
    for quote in result.quotes:
        assert fold(body[quote.start : quote.end]).startswith(fold(quote.text)[:25])
    speakers = {q.speaker.name for q in result.quotes if q.speaker}
    # every speaker of the article is found again (a window's first quote may lose the
    # context that named its speaker in the window before)
    assert speakers >= {q.speaker.name for q in alone.quotes if q.speaker}
