"""« Vouliez-vous dire » in the query's own language, and that language.

A word is French when it has French accents, is a French (not English) stop word, is a
French form of a concept, or is found only among French documents; English likewise.
The query's language is its words' majority (unknown on a tie). A suggestion replaces a
typed word by a word of that language found in the archive in more documents; a word
that is a form of a concept is a real word, never « corrected » (the concept is offered
instead: « trêve » does not become « there », nor « truce » « turc »).
"""

import re
from collections import Counter

from .analysis import ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, fold_accents
from .concepts import LANGUAGES, concept_table, form_key, lookup

FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæ")


def word_language(word: str, backend=None) -> str | None:
    """Return "fr" or "en" when `word` tells its language, else None."""
    lower = word.lower()
    if FRENCH_LETTERS.intersection(lower):
        return "fr"
    folded = fold_accents(lower)
    french, english = folded in FRENCH_STOP_WORDS, folded in ENGLISH_STOP_WORDS
    if french != english:
        return "fr" if french else "en"
    concept_languages = concept_languages_of(word)
    if len(concept_languages) == 1:
        return concept_languages.pop()
    if backend is not None and hasattr(backend, "doc_frequency"):
        in_french, in_english = (bool(backend.doc_frequency(word, lang)) for lang in LANGUAGES)
        if in_french != in_english:
            return "fr" if in_french else "en"
    return None


def concept_languages_of(text: str) -> set[str]:
    """The languages in which `text` is a form of a concept."""
    table = concept_table()
    return {lang for lang in LANGUAGES if (lang, form_key(text, lang)) in table}


def query_language(parsed, backend=None) -> str | None:
    """Return the language of the typed words of `parsed` ("fr", "en" or None)."""
    votes = Counter()
    for group in [*parsed.groups, *parsed.excluded]:
        for term in group.typed:
            for word in re.findall(r"\w+", term.text):
                language = word_language(word, backend)
                if language:
                    votes[language] += 1
    if votes["fr"] == votes["en"]:
        return None
    return "fr" if votes["fr"] > votes["en"] else "en"


def is_concept_form(text: str) -> bool:
    return bool(lookup(text)[1])


MAX_SUGGESTED_WORDS = 8  # words of one query looked up for « vouliez-vous dire »


def suggest_query(q: str, parsed, backend) -> str | None:
    """Return `q` with misspelt words replaced by words of the query's language that
    the archive holds in more documents, or None (the first MAX_SUGGESTED_WORDS words
    only: each look-up costs milliseconds)."""
    language = query_language(parsed, backend)
    changed = q
    looked_up = 0
    for group in parsed.groups:
        for term in group.typed:
            word = term.text
            if term.phrase or not word.isalpha() or len(word) < 3 or is_concept_form(word):
                continue
            if looked_up >= MAX_SUGGESTED_WORDS:
                return changed if changed != q else None
            looked_up += 1
            current = backend.doc_frequency(word, language)
            for candidate in backend.suggest_words(word, maxdist=2, limit=3, language=language):
                if backend.doc_frequency(candidate, language) > current:
                    changed = re.sub(
                        rf"(?<!\w){re.escape(word)}(?!\w)", candidate, changed, count=1
                    )
                    break
    return changed if changed != q else None
