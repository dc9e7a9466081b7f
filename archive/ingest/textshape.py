"""Shapes of lines and words that several extraction steps share."""

from __future__ import annotations

import re
from functools import lru_cache

from archive.text import fold
from archive.text import fold_keep as _fold_keep

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
# A sentence ends with . ! ? … optionally followed by closing quotes or brackets, then
# maybe an agency's signature or a note's number glued to it ("… in 2025.-VNA", "… (end)", "….[1]").
_PROSE_END = re.compile(
    r"""[.!?…:;] \s* [»”"’)\]]* \s*
        (?: [-–—] \s* [A-Z]{2,6} | \( (?:end|fin) \) | \[ \d{1,3} \] )?
        \s* $""",
    re.VERBOSE,
)
# A sentence signed by an agency in brackets or by the site's address: "… next year.
# (Yonhap)", "… said. – SAnews.gov.za" (a caption may end so too: only the page's last
# paragraphs are read with it).
_SIGNED_END = re.compile(
    r"""[.!?…] \s* [»”"’)\]]* \s*
        (?: \( [A-Z][\w&.-]* (?:\s[A-Z][\w&.-]*){0,2} \)
          | [-–—] \s* [A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,4} )
        \s* $""",
    re.VERBOSE,
)


def signed_end(text: str) -> bool:
    """True when the line ends a sentence and a signature follows it."""
    return bool(_SIGNED_END.search(text))


_URL = re.compile(r"https?://\S+|www\.\S+", re.I)

QUOTE_CHARS = '«»“”„‹›"'


@lru_cache(maxsize=100_000)
def folded(text: str) -> str:
    """`archive.text.fold`, memoised: lines and words recur across a batch and its steps."""
    return fold(text)


def trie_pattern(words: list[str]) -> str:
    """One regex for all `words`, branching a character at a time (a trie).

    At a position it finds what the plain alternation of the words sorted longest first
    finds: the longest word that matches there (and, backtracking, the next longest, …);
    only it tries one branch per character instead of every word in turn.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in node.items() if ch]
        if "" in node:
            branches.append("")  # the word may end here: tried after every longer one
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


def words(text: str) -> list[str]:
    """Return the words of `text` (letters and digits, with inner apostrophes and hyphens)."""
    return WORD.findall(text)


@lru_cache(maxsize=50_000)
def n_words(text: str) -> int:
    """`len(words(text))`, memoised: the line steps all ask how long each line is."""
    return len(WORD.findall(text))


def norm_line(text: str) -> str:
    """Return the key under which two lines count as the same line."""
    return folded(text).strip(" .:;-–—|")


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (., !, ?, … possibly before a closing quote)."""
    return bool(_PROSE_END.search(text))


def is_prose(text: str) -> bool:
    """True for a paragraph of running text: a long line, or a sentence of 8+ words."""
    n = n_words(text)
    return n >= 30 or (n >= 8 and ends_sentence(text) and not text.rstrip().endswith((":", ";")))


def is_headline_shaped(text: str) -> bool:
    """True for a line that reads like a headline: 3–30 words without a final full stop."""
    n = n_words(_URL.sub("", text))
    if n < 3 or n > 30:
        return False
    stripped = text.rstrip()
    return not stripped.endswith((".", ";", ",")) or stripped.endswith("...")


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def urls(text: str) -> list[str]:
    return _URL.findall(text)


@lru_cache(maxsize=4096)
def fold_keep(text: str) -> str:
    """`archive.text.fold_keep`, memoised: lower-cased without accents, offsets kept."""
    return _fold_keep(text)
