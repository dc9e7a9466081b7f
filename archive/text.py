"""Small text helpers shared by the models, the extractor and search.

`fold` is the one folding of names and words: every comparison of names (the store's
speaker and source look-ups, the extractor's entities and registry, the models'
aliases) goes through it, so "Binali Yıldırım", "Binali Yildirim" and "BINALI
YILDIRIM" are one key. `fold_keep` is the same folding one character per character, for
the steps that search a folded copy of a text and need its offsets.
"""

import re
import unicodedata
from functools import lru_cache

from django.utils.text import slugify

_SPACES = re.compile(r"\s+")
# Letters with no Unicode decomposition, written as Latin letters in other spellings.
# Each maps to one letter, so the folding keeps its length.
_ONE_LETTER = {
    "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d",
    "Ð": "d", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ƒ": "f",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
}  # fmt: skip
# Ligatures and letters written as two letters elsewhere (Strauß / Strauss, Cœur / Coeur).
_TWO_LETTERS = {
    "ß": "ss", "ẞ": "ss", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "þ": "th", "Þ": "th",
}  # fmt: skip


def _fold_char(char: str) -> str:
    """The folded form of one character: lower case, no accents, special letters spelled out."""
    if char in _ONE_LETTER:
        return _ONE_LETTER[char]
    if char in _TWO_LETTERS:
        return _TWO_LETTERS[char]
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower()


class _FoldTable(dict):
    """str.translate table for `fold`, filled the first time each character is seen."""

    def __missing__(self, code: int) -> str:
        self[code] = _fold_char(chr(code))
        return self[code]


class _KeepTable(dict):
    """str.translate table for `fold_keep`: each character to exactly one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_char(char)
        self[code] = folded if len(folded) == 1 else char.lower()[:1] or char
        return self[code]


_FOLD = _FoldTable()
_KEEP = _KeepTable()


def fold(text: str) -> str:
    """Return `text` lower-cased, without accents, with ’ as ', ß as ss, œ as oe, ı as i…

    and spaces collapsed."""
    text = text or ""
    if not text.isascii():
        text = text.translate(_FOLD)
    return _SPACES.sub(" ", text).strip().lower()


def fold_keep(text: str) -> str:
    """`fold` one character per character (offsets kept, spaces not collapsed).

    The letters `fold` writes as two (ß, œ, æ, þ) are only lower-cased here."""
    return (text or "").translate(_KEEP)


# Transliteration variants of one name, in the order they are applied to a folded name:
# Kouleba/Kuleba, Zelenskyy/Zelenski, Pachinian/Pashinyan, Sergueï/Sergei, Tchernov/Chernov,
# Tkatchenko/Tkachenko (French ch and tch, English sh and ch: one sound class).
_SPELLINGS = [
    ("tch", "sh"), ("sch", "sh"), ("ch", "sh"), ("ou", "u"), ("kh", "h"),
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("gue", "ge"), ("gui", "gi"), ("ph", "f"),
    ("w", "v"), ("ck", "k"), ("q", "k"), ("y", "i"), ("ij", "i"),
]  # fmt: skip
_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=50_000)
def spelling_key(name: str) -> str:
    """A key shared by the transliterations of one name ("Volodymyr Zelenskyy", "Volodymyr
    Zelenski"): `fold`, then letters that stand for one sound written alike, doubled
    letters single and a final e dropped. Only for matching people's names."""
    key = re.sub(r"[^\w ]", "", fold(name).replace("-", " "))
    for old, new in _SPELLINGS:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("e") else w for w in key.split())


def make_slug(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug for `text`, cut at a word boundary, never empty."""
    slug = slugify(fold(text))[:max_length].rstrip("-")
    return slug or "sans-titre"
