"""Fingerprints of texts, pure functions: statement keys and article MinHash signatures.

No database here: the import computes an article's signature in its extraction
workers (archive/ingest/pipeline.py) and archive/propagation.py stores and compares them.
"""

from __future__ import annotations

import hashlib
import re
import struct

from .text import fold

_WORDS = re.compile(r"\w+")

SHINGLE = 4  # words per shingle
HASHES_PER_DIGEST = 16  # 32-bit values in one 64-byte BLAKE2b digest
SIGNATURE = 32  # MinHash values per article
BAND_ROWS = 4  # values per band: 8 bands, candidates from a similarity of about 0.6
MIN_SHINGLES = 12  # shorter bodies are not compared: too little text to tell a copy
COPY_SIMILARITY = 0.7  # share of equal signature values that makes two articles copies


def normalised_words(text: str) -> list[str]:
    """The words of `text`, folded, without punctuation or quotation marks."""
    return _WORDS.findall(fold(text).replace("_", " "))


def quote_key(text: str) -> str:
    """The cluster key of a statement's text: equal for the same words however typed."""
    words = normalised_words(text)
    if not words:
        return ""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def signature(body: str) -> list[int] | None:
    """The MinHash signature of an article body, or None when it is too short to compare."""
    words = normalised_words(body)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    columns: list[int] = []
    for salt in range(SIGNATURE // HASHES_PER_DIGEST):
        rows = [
            struct.unpack(
                "<16I", hashlib.blake2b(s.encode(), digest_size=64, salt=bytes([salt])).digest()
            )
            for s in shingles
        ]
        columns.extend(map(min, zip(*rows, strict=True)))
    return columns


def bands(sig: list[int]) -> list[int]:
    """The band keys of a signature (signed 64-bit, one per band)."""
    keys = []
    for i in range(0, len(sig), BAND_ROWS):
        data = struct.pack(f"<I{BAND_ROWS}I", i, *sig[i : i + BAND_ROWS])
        keys.append(
            int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)
        )
    return keys


def similarity(a: list[int], b: list[int]) -> float:
    """The estimated Jaccard similarity of two signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
