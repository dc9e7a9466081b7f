"""Shared pieces of the small invented pages that pin one class of failure each
(tests/test_extract_heldout_classes.py, tests/test_extract_heldout2_classes.py)."""

HEAD_EN = "Some Outlet\nEthiopia, Somalia agree to reopen border posts\n"
LEAD_EN = (
    "Ethiopia and Somalia agreed on Friday to reopen two border crossings closed since last "
    "year, Ethiopia's foreign ministry said in a statement issued in Addis Ababa."
)
HEAD_FR = "Le Quotidien\nDakar et Nouakchott renouvellent leur protocole de pêche\n"
LEAD_FR = (
    "Le Sénégal et la Mauritanie ont renouvelé lundi à Dakar le protocole d'application de "
    "leur accord de pêche, a annoncé le ministère sénégalais des Pêches dans un communiqué."
)


def quotes(result) -> dict[str, str | None]:
    """Each quote's text and its speaker's name (None when unattributed)."""
    return {q.text: q.speaker.name if q.speaker else None for q in result.quotes}
