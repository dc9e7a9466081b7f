"""Small text helpers shared by the models, the extractor and search."""

import re
import unicodedata

from django.utils.text import slugify

_SPACES = re.compile(r"\s+")
_SAME_AS = {"\u2019": "'", "\u2018": "'", "\u00a0": " "}


class _FoldTable(dict):
    """str.translate table that folds each character once, the first time it is seen."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", _SAME_AS.get(char, char))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Return `text` lower-cased, without accents, with ’ as ' and spaces collapsed."""
    text = text or ""
    if not text.isascii():
        text = text.translate(_FOLD)
    return _SPACES.sub(" ", text).strip().lower()


def make_slug(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug for `text`, cut at a word boundary, never empty."""
    slug = slugify(fold(text))[:max_length].rstrip("-")
    return slug or "sans-titre"
