"""Raw bytes → decoded, normalised text."""

from __future__ import annotations

import hashlib
import unicodedata

from charset_normalizer import from_bytes

from .document import RawDocument


class DecodeError(ValueError):
    """The file cannot be read as page text; the message says why, for the user."""


# Control characters other than tab, newline and carriage return mean binary data.
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode(name: str, data: bytes) -> RawDocument:
    """Return the document's text: BOM dropped, newlines as \\n, Unicode in NFC.

    UTF-8 (with or without BOM) is read as is. Other encodings are detected and
    accepted only when the detector is confident; the encoding is recorded.
    """
    if not data.strip():
        raise DecodeError(f"{name}: the file is empty")
    if b"\x00" in data[:4096] or sum(data[:4096].count(bytes([b])) for b in _BINARY_BYTES) > 8:
        raise DecodeError(f"{name}: this looks like a binary file, not page text")
    encoding = "utf-8"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None or best.encoding in {"utf_8", "ascii"} or best.chaos > 0.2:
            raise DecodeError(
                f"{name}: not valid UTF-8 and its encoding could not be detected"
            ) from None
        encoding = best.encoding
        text = str(best)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise DecodeError(f"{name}: the file holds no text")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawDocument(name=name, text=text, content_hash=digest, encoding=encoding)
