"""An organisation's full name before its acronym: « la Communauté des États du Fleuve (CEF)
a appelé … », "the Economic Union of the South (EUS) said …".

The full name and the acronym are one organisation: the text may use either later (« la
CEF a ajouté »). The name starts at the word whose initials spell the acronym (E-U-S; O-M-S
for « Organisation mondiale de la santé »; small joining words may give no letter), else,
for acronyms that are not initials (CARICOM, FAO in French), at the furthest capitalised
noun of an organisation (`organisation_heads`) before the bracket with no verb between, or
the furthest capitalised word with the acronym's first letter among the capitalised and
joining words right before it (`name_joiners` and `clause` in `data/namewords.json`). An
acronym written as a word (« Cédéao ») must spell the initials. A person's party after the
name (« Ahmed Sall (PDS) ») names no organisation.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .textshape import folded as fold

DATA = Path(__file__).parent / "data" / "namewords.json"

# "(CEF)", "(CARICOM)", "(UNDP)"; in French also written as a word: « (Cédéao) », « (Unesco) ».
_BRACKETED = re.compile(r"\s?\((?P<acr>[A-ZÀ-Ý][A-ZÀ-Ýa-z]?[A-ZÀ-Ý]{1,9}|[A-ZÀ-Ý][a-zà-ÿ]{2,7})\)")
_WORD = re.compile(r"[\w’'-]+")
_MAX_WORDS = 9


@cache
def _data() -> dict[str, frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(raw[k]) for k in ("name_joiners", "organisation_heads", "clause")}


def _joiners() -> frozenset[str]:
    return _data()["name_joiners"]


def _initial(word: str) -> str:
    return fold(word)[:1]


def _start(words: list[str], acronym: str) -> int | None:
    """Index of the word the full name opens on, or None when the words do not spell it."""
    letters = fold(acronym)
    # Initials, read backwards: each word gives the next letter (« Organisation mondiale de
    # la santé (OMS) »); a joining word may give none.
    i, j = len(words) - 1, len(letters) - 1
    while i >= 0 and j >= 0:
        word = words[i]
        if _initial(word) == letters[j]:
            j -= 1
        elif fold(word) not in _joiners():
            break
        i -= 1
    if j < 0 and words[i + 1][:1].isupper():
        return i + 1
    if not acronym[1:].isupper():
        return None  # « (Cédéao) » must spell the initials: « (Washington) » is no acronym
    # Not initials: back to the furthest capitalised organisation noun before any verb
    # (« l'Organisation des pêcheurs du Sahel et de l'Atlantique (OPESA) »), or to the
    # furthest capitalised word with the acronym's first letter in the run of capitalised and
    # joining words right before the bracket (« Communauté des Caraïbes (CARICOM) »).
    best, run = None, True
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = "à" if word == "à" else fold(word)
        if low in _data()["clause"]:
            break
        capital = word[:1].isupper()
        run = run and (capital or low in _joiners())
        if capital and (low in _data()["organisation_heads"] or run and low[:1] == letters[0]):
            best = k
    return best


def full_names(text: str) -> list[tuple[str, str]]:
    """(full name, acronym) for each « Full Name (ACR) » of `text`."""
    found: list[tuple[str, str]] = []
    if "(" not in text:
        return found
    for m in _BRACKETED.finditer(text):
        before = text[max(0, m.start() - 160) : m.start()]
        clause = re.split(r"[,;:.!?()«»“”\"]", before)[-1]
        spans = list(_WORD.finditer(clause))[-_MAX_WORDS:]
        words = [w.group() for w in spans]
        # « l'Union … », "d'Organisation …": the elided article is not part of the name.
        words = [re.sub(r"^[ldLD]['’]", "", w) for w in words]
        if len(words) < 2:
            continue
        start = _start(words, m.group("acr"))
        if start is None or fold(words[start]) in _joiners():
            continue
        name = clause[spans[start].start() :].strip()
        name = re.sub(r"^[ldLD]['’]", "", name)
        if len(name.split()) >= 2:
            found.append((name, m.group("acr")))
    return found
