"""Word families (tests/data/word_families.txt): whichever form is typed, with or
without accents, finds every other form, and different families stay apart."""

from pathlib import Path

import pytest

from archive.text import fold
from search.analysis import analyze

TABLE = Path(__file__).resolve().parent / "data" / "word_families.txt"


def read_families():
    families = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "|" not in line:
            continue
        language, forms = line.split("|", 1)
        families.append((language.strip(), forms.split()))
    return families


FAMILIES = read_families()


def terms_of(word: str, language: str) -> list[str]:
    return analyze(word, language)


def test_the_table_is_broad():
    """At least 300 families, French and English, with the issue's English examples."""
    languages = [language for language, _ in FAMILIES]
    assert len(FAMILIES) >= 300
    assert languages.count("en") >= 50 and languages.count("fr") >= 250
    english = {forms[0]: forms for language, forms in FAMILIES if language == "en"}
    assert {"sanctioned", "negotiator", "warning"} <= {
        form for forms in english.values() for form in forms
    }


@pytest.mark.parametrize(
    ("language", "forms"), FAMILIES, ids=[f"{lang}-{forms[0]}" for lang, forms in FAMILIES]
)
def test_every_form_of_a_family_is_one_term(language, forms):
    """Each form, as written, without accents and in capitals, is the family's one term."""
    expected = terms_of(forms[0], language)
    assert len(expected) == 1
    for form in forms:
        for typed in {form, fold(form), form.upper()}:
            assert terms_of(typed, language) == expected, typed


def test_families_stay_apart():
    """Two families of one language never share a term (no false matches among them)."""
    seen = {}
    for language, forms in FAMILIES:
        key = (language, terms_of(forms[0], language)[0])
        assert key not in seen, (forms[0], seen.get(key))
        seen[key] = forms[0]
