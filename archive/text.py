"""Small text helpers shared by the models, the extractor and search."""

import re
import unicodedata

from django.utils.text import slugify

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Return `text` lower-cased, without accents, with ’ as ' and spaces collapsed."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return _SPACES.sub(" ", text).strip().lower()


def make_slug(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug for `text`, cut at a word boundary, never empty."""
    slug = slugify(fold(text))[:max_length].rstrip("-")
    return slug or "sans-titre"
