"""archive.text: the folding every name lookup and comparison relies on."""

import pytest

from archive.text import fold, make_slug


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("Sergueï  Lavrov", "serguei lavrov"),
        ("l’Arménie", "l'armenie"),
        ("Çavuşoğlu", "cavusoglu"),
        ("ÉTATS-UNIS", "etats-unis"),
        ("e\u0301te\u0301", "ete"),  # decomposed accents
        ("Москва", "москва"),  # other scripts are kept, lower-cased
        ("a\u00a0b", "a b"),
        (None, ""),
    ],
)
def test_fold_drops_case_accents_and_typographic_variants(raw, folded):
    """Names compare equal across case, accents, curly apostrophes and odd spaces."""
    assert fold(raw) == folded


def test_slug_is_ascii_and_never_empty():
    """Slugs come from folded text; a title of only punctuation still gets a slug."""
    assert make_slug("Sergueï Lavrov") == "serguei-lavrov"
    assert make_slug("« … »") == "sans-titre"
