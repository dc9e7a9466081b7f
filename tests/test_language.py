"""Language detection per article."""

from archive.ingest.language import detect_language


def test_french():
    """French function words win in a French text."""
    assert (
        detect_language("Le ministre a déclaré que les négociations avec l'Arménie reprendront.")
        == "fr"
    )


def test_english():
    """English function words win in an English text."""
    assert (
        detect_language("The minister said that the talks with Armenia would resume next week.")
        == "en"
    )


def test_english_with_french_names():
    """French place or person names do not make an English text French."""
    text = "Jean-Yves Le Drian said on Monday that the Quai d'Orsay had summoned the ambassador."
    assert detect_language(text) == "en"
