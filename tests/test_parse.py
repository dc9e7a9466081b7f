"""Raw bytes → text: encodings, BOM, newlines, refusals."""

import pytest

from archive.ingest.parse import DecodeError, decode


def test_utf8_bom_and_crlf():
    """A UTF-8 BOM is dropped and CRLF becomes LF."""
    doc = decode("a.txt", "\ufeffTitre\r\nCorps du texte\r\n".encode())
    assert doc.text == "Titre\nCorps du texte\n"


def test_latin1_is_detected():
    """A Latin-1 page is decoded and its encoding recorded."""
    data = (
        "Le ministre a déclaré à la presse que les négociations étaient très avancées. " * 5
    ).encode("latin-1")
    doc = decode("a.txt", data)
    assert "déclaré" in doc.text and doc.encoding != "utf-8"


def test_empty_file_is_refused():
    """An empty file is a DecodeError with the file name in the message."""
    with pytest.raises(DecodeError, match="a.txt"):
        decode("a.txt", b"  \n")


def test_binary_file_is_refused():
    """Binary data is refused."""
    with pytest.raises(DecodeError):
        decode("a.bin", b"\x00\x01\x02PNG\x00\x00")


def test_same_text_same_hash():
    """The content hash depends on the text only."""
    assert decode("a", b"x\n").content_hash == decode("b", b"x\r\n").content_hash
