"""Classes of failure the fifth held-out round in French (tests/fixtures/pages/o01-o10,
batch 7) revealed, each on a small invented page."""

from tests.classpages import HEAD_FR, LEAD_FR, quotes
from tests.goldscore import extract_one


# -- headline and byline -----------------------------------------------------------------
def test_an_interview_headline_name_role_colon_quote_is_the_title_not_a_byline():
    """ "Rubric / Name, role : ‘‘ … ’’" reads as a headline, its doubled single marks as a
    quote, and the speaker is the person it names."""
    title = (
        "Coopération / Awa Tiendrebeogo-Sanou, ambassadrice : ‘‘ Nos liens restent très solides ’’"
    )
    page = (
        "Le Quotidien\n" + title + "\nPublié le 14 octobre 2024 à 08:30\n"
        "L'ambassadrice Awa Tiendrebeogo-Sanou a présenté hier le bilan de sa mission.\n"
        "‘‘ Nos liens restent très solides, et ils sont anciens ’’, a-t-elle déclaré "
        "devant la presse.\n"
    )
    result = extract_one(page)
    assert result.title == title
    assert quotes(result) == {
        "Nos liens restent très solides": "Awa Tiendrebeogo-Sanou",
        "Nos liens restent très solides, et ils sont anciens": "Awa Tiendrebeogo-Sanou",
    }


def test_a_name_with_a_trailing_comma_above_the_date_is_the_byline():
    page = HEAD_FR + "Corinne Maréchal-Dutour,\nle 20/01/2024 à 17:32\n" + LEAD_FR + "\n"
    result = extract_one(page)
    assert result.body == [LEAD_FR]
    assert result.author == "Corinne Maréchal-Dutour"


# -- furniture ---------------------------------------------------------------------------
def test_reading_time_skip_link_end_and_donation_appeal_are_furniture():
    page = (
        "Début du contenu principal.\n"
        + HEAD_FR
        + "Lecture en 2 min.\n"
        + LEAD_FR
        + "\nFin du contenu principal.\n"
        + "Votre soutien est essentiel pour une presse indépendante.\nJe fais un don\n"
    )
    assert extract_one(page).body == [LEAD_FR]


def test_a_caption_closed_by_a_credit_after_a_bar_is_no_paragraph():
    page = (
        HEAD_FR
        + "Des pirogues dans le port de Saint-Louis, en mai 2024. | ARCHIVES LE QUOTIDIEN\n"
        + LEAD_FR
        + "\n"
    )
    assert extract_one(page).body == [LEAD_FR]


def test_a_dated_caption_above_a_photo_credit_is_no_paragraph():
    page = (
        HEAD_FR
        + "Publié le 24 mai 2024\n"
        + "Le port de Nouadhibou, le 23 mai 2024.\n©AFP / Ousmane Kane\n"
        + LEAD_FR
        + "\n"
    )
    assert extract_one(page).body == [LEAD_FR]


# -- speakers ----------------------------------------------------------------------------
def test_a_partial_quote_in_a_reported_clause_is_the_reporters_subject():
    """« X a assuré que Paris soutenait « pleinement » … »: X's words, not Paris's."""
    page = (
        HEAD_FR
        + LEAD_FR
        + "\nL'ambassadeur Octave Lemarchand-Roy a assuré que Paris soutenait « pleinement » "
        "le travail des rapporteurs.\n"
    )
    assert quotes(extract_one(page)) == {"pleinement": "Octave Lemarchand-Roy"}


def test_an_adverbial_opener_before_the_subject_of_a_colon_quote():
    """« Côté X, la ministre Y s'est montrée prudente : « … » »: Y speaks."""
    page = (
        HEAD_FR
        + LEAD_FR
        + "\nCôté mauritanien, la ministre des Pêches, Mariem Ould Cheikhna, s'est montrée "
        "plus prudente : « Nous attendons des garanties sur les contrôles. »\n"
    )
    assert quotes(extract_one(page)) == {
        "Nous attendons des garanties sur les contrôles.": "Mariem Ould Cheikhna"
    }


def test_the_generic_on_of_an_institution_speaks_for_it():
    """« Au ministère X, on se dit « … » »: the ministry speaks; « À Dakar, on dit » (a
    town, not an institution) names nobody."""
    page = (
        HEAD_FR
        + LEAD_FR
        + "\nAu ministère mauritanien des Pêches, on se dit « ouvert à toute initiative "
        "sincère », sans davantage de précisions.\n"
        "Au marché de Dakar, on se dit « lassé des promesses sans lendemain ».\n"
    )
    assert quotes(extract_one(page)) == {
        "ouvert à toute initiative sincère": "ministère mauritanien des Pêches",
        "lassé des promesses sans lendemain": None,
    }


def test_a_name_alone_under_the_last_paragraph_is_the_signature():
    """The author signs under the text; a name further down, under a tag label, is a tag."""
    signed = HEAD_FR + LEAD_FR + "\n" + LEAD_FR.replace("lundi", "mardi") + "\n"
    result = extract_one(signed + "Aïssata Ouédraogo-Kiemde\nVos commentaires\n")
    assert result.author == "Aïssata Ouédraogo-Kiemde"
    assert "Aïssata Ouédraogo-Kiemde" not in result.body
    assert extract_one(signed + "Mots clés\nBoubacar Sidibé-Traoré\n").author is None
