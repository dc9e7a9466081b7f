"""`manage.py extract`: files and folders, JSON and text output, unreadable files."""

import json

import pytest
from django.core.management import CommandError, call_command

PAGE = (
    "A title for this story on talks\n"
    "“We are ready to talk,” said Lavrov after meeting his Turkish counterpart in Moscow.\n"
)


def test_json_output_for_a_folder(tmp_path, capsys):
    """A folder expands to its .txt files, sorted; the output is a JSON array."""
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    call_command("extract", str(tmp_path), format="json")
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data] == ["a.txt", "b.txt"]
    assert data[0]["quotes"][0]["speaker"] == "Sergei Lavrov"


def test_explain_shows_signals_and_reasons(tmp_path, capsys):
    """--explain adds removed lines with their signals and the speakers' reasons."""
    (tmp_path / "a.txt").write_text(PAGE + "Share\n", encoding="utf-8")
    call_command("extract", str(tmp_path / "a.txt"), format="json", explain=True)
    data = json.loads(capsys.readouterr().out)[0]
    assert {"text": "Share", "signal": "ui-text"} in [
        {k: r[k] for k in ("text", "signal")} for r in data["removed"]
    ]
    assert "said" in data["speaker_reasons"][0]


def test_unreadable_file_fails_at_the_end(tmp_path, capsys):
    """An unreadable file is reported on stderr; the others are still extracted; exit 1."""
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError) as exc:
        call_command("extract", str(tmp_path), format="json")
    out = capsys.readouterr()
    assert "empty.txt" in out.err
    assert json.loads(out.out)[0]["file"] == "good.txt"
    assert exc.value.returncode == 1


def test_text_format(tmp_path, capsys):
    """The text format shows title and quotes readably."""
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    call_command("extract", str(tmp_path / "a.txt"))
    out = capsys.readouterr().out
    assert "title:     A title for this story on talks" in out and "Sergei Lavrov" in out
