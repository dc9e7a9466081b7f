"""What the search page offers besides its results: concepts in the other language and
cards for a speaker or source named by the query (search.concepts, search.cards)."""

from .cards import entity_cards
from .concepts import concept_offers


def assistance(form) -> dict:
    """Template context for a searched form: `concept_offers` and `entity_cards`."""
    q = form.cleaned_data.get("q") or ""
    return {
        "concept_offers": concept_offers(q, form.parsed),
        "entity_cards": entity_cards(form.parsed),
    }
