"""Raw bytes → decoded, normalised text; files that are not page text are refused.

Every refusal is a `DecodeError` whose message is one line for the user: the file name
and why (empty, binary, truncated, undetectable encoding, over the size budget).
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from .document import RawDocument

# The default size budget (bytes); the setting DEPECHES_MAX_FILE_BYTES overrides it.
DEFAULT_MAX_FILE_BYTES = 5_000_000


class DecodeError(ValueError):
    """The file cannot be read as page text; the message says why, for the user."""


# Control characters other than tab, newline, form feed and carriage return mean binary data.
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_SNIFF = 4096  # bytes looked at to tell binary data and UTF-16 apart
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def max_file_bytes() -> int:
    """The size budget: settings.DEPECHES_MAX_FILE_BYTES when Django is set up (0 = none)."""
    try:
        from django.conf import settings

        return int(getattr(settings, "DEPECHES_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))
    except Exception:  # Django not configured: the module is used on its own
        return DEFAULT_MAX_FILE_BYTES


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _over_budget(name: str, size: int, limit: int) -> DecodeError:
    return DecodeError(
        f"{name}: {_megabytes(size)}, over the size budget of {_megabytes(limit)} "
        "(DEPECHES_MAX_FILE_BYTES): not imported"
    )


def read_document(path: str | Path, name: str | None = None, max_bytes: int | None = None):
    """Read and decode one file; a file over the size budget is refused before it is read."""
    path = Path(path)
    name = name or path.name
    limit = max_file_bytes() if max_bytes is None else max_bytes
    size = path.stat().st_size
    if limit and size > limit:
        raise _over_budget(name, size, limit)
    with path.open("rb") as handle:
        data = handle.read(limit + 1) if limit else handle.read()
    return decode(name, data, max_bytes=limit)


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le" / "utf-16-be" when every other byte is NUL, as in UTF-16 text without
    a byte-order mark (Latin and Cyrillic letters have a zero high byte), else None."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _unicode_text(name: str, data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of a UTF-16/32 file (byte-order mark, or the NUL pattern), or None."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    encoding = encoding or _utf16_without_bom(data[:_SNIFF])
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise DecodeError(
            f"{name}: looks like {encoding.upper()} text but does not decode as it "
            "(truncated or damaged)"
        ) from None
    return text.removeprefix("\ufeff"), encoding


def decode(name: str, data: bytes, max_bytes: int | None = None) -> RawDocument:
    """Return the document's text: BOM dropped, newlines as \\n, Unicode in NFC.

    UTF-8 (with or without BOM) is read as is, and so is UTF-16 or UTF-32 (with a BOM, or
    UTF-16 without one, told by its NUL bytes). Other encodings are detected and accepted
    only when the detector is confident; the encoding is recorded. Refused, with the
    reason: more than `max_bytes` (default: the size budget; 0: no limit), nothing but
    spaces, binary data, UTF-8 cut in the middle of a character.
    """
    limit = max_file_bytes() if max_bytes is None else max_bytes
    if limit and len(data) > limit:
        raise _over_budget(name, len(data), limit)
    if not data.strip():
        raise DecodeError(f"{name}: the file is empty")
    unicode = _unicode_text(name, data)
    if unicode is not None:
        text, encoding = unicode
        if _is_binary(text[:_SNIFF]):
            raise DecodeError(f"{name}: this looks like a binary file, not page text")
    else:
        text, encoding = _decode_bytes(name, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise DecodeError(f"{name}: the file holds no text")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawDocument(name=name, text=text, content_hash=digest, encoding=encoding)


def _is_binary(head: str) -> bool:
    """NUL, more than 8 other control characters, or many characters no text uses
    (unassigned, private use), in the first characters of decoded text."""
    if "\x00" in head or sum(head.count(chr(b)) for b in _BINARY_BYTES) > 8:
        return True
    odd = sum(unicodedata.category(c) in ("Cn", "Co", "Cs") for c in head)
    return odd * 10 > len(head)


def _decode_bytes(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding) of a byte-oriented file: UTF-8, else a confidently detected one."""
    head = data[:_SNIFF]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _BINARY_BYTES) > 8:
        raise DecodeError(f"{name}: this looks like a binary file, not page text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            raise DecodeError(
                f"{name}: the file ends in the middle of a UTF-8 character: it looks truncated"
            ) from None
    best = from_bytes(data).best()
    if best is None or best.encoding in {"utf_8", "ascii"} or best.chaos > 0.2:
        raise DecodeError(f"{name}: not valid UTF-8 and its encoding could not be detected")
    return str(best), best.encoding
