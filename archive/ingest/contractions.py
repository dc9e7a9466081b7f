"""A role contracted with its portfolio into one word: « le Minrex » is « le ministre des
Relations extérieures », « le Minfi » the minister of Finances, « le Minat » the minister of
Territorial Administration.

The word opens on the role's first letters (`role_contractions` in data/namewords.json);
the letters after them are the first letters of the portfolio's words, in order, each word
giving one or more (« r » + « ex »); the small joining words (`name_joiners`) give none. The
contraction means the role only when the text writes that role out in full, so a word that
merely starts with the same letters (« le Minotaure ») names nothing.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .textshape import folded as fold

DATA = Path(__file__).parent / "data" / "namewords.json"
_MAX_WORDS = 12
_WORD = re.compile(r"[\w'’-]+")


@cache
def _data() -> tuple[dict[str, list[str]], frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return raw["role_contractions"], frozenset(raw["name_joiners"])


@cache
def _role_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    """A written role and the words after it, up to the clause's punctuation."""
    alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b(?P<rest>[^.;:!?()«»“”\"]{{1,160}})", re.IGNORECASE)


def _spelled(letters: str, words: list[str], joiners: frozenset[str]) -> int:
    """How many of `words` spell `letters`, each content word giving a non-empty prefix of
    itself in order (joining words give none); 0 when they do not."""

    def spell(i: int, j: int) -> int:
        if i == len(letters):
            return j
        if j == len(words):
            return 0
        word = words[j]
        if word in joiners:
            return spell(i, j + 1)
        for n in range(min(len(word), len(letters) - i), 0, -1):
            if word[:n] == letters[i : i + n] and (done := spell(i + n, j + 1)):
                return done
        return 0

    return spell(0, 0)


def expand(word: str, text: str) -> str | None:
    """The role `word` contracts, as the text writes it out (« ministre des Relations
    extérieures »), or None."""
    low = fold(word)
    if not word[:1].isupper() or " " in word.strip():
        return None
    contractions, joiners = _data()
    for head, nouns in contractions.items():
        letters = low[len(head) :]
        if not low.startswith(head) or not 1 <= len(letters) <= 8 or not letters.isalpha():
            continue
        for m in _role_pattern(tuple(nouns)).finditer(text):
            spans = list(_WORD.finditer(m.group("rest")))[:_MAX_WORDS]
            words = [re.sub(r"^[dl]'", "", fold(w.group())) for w in spans]
            used = _spelled(letters, words, joiners)
            if used:
                end = m.start("rest") + spans[used - 1].end()
                return text[m.start() : end]
    return None
