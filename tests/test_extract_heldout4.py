"""Classes of failure the fourth held-out round (tests/fixtures/pages/n01-n20, batch 6)
revealed, each on a small invented page."""

from tests.classpages import HEAD_EN, HEAD_FR, LEAD_EN, LEAD_FR, quotes
from tests.goldscore import extract_one

TITLE_FR = "Dakar et Nouakchott renouvellent leur protocole de pêche"


# -- page furniture ------------------------------------------------------------------------
def test_a_cache_banner_is_furniture_and_its_snapshot_time_no_date():
    """A search engine's cached copy: its banner is no paragraph, the time it copied the page
    is not the article's date, and the headline and byline below it still read."""
    page = (
        "Ceci est la version en cache de https://exemple.info/2024/07/peche/. Il s'agit d'un "
        "instantané de la page telle qu'elle était affichée le 10 juil. 2024 08:12:45 GMT.\n"
        "La page actuelle peut avoir été modifiée depuis. En savoir plus.\n"
        "Version texte uniquement\n"
        "Le Quotidien\n" + TITLE_FR + "\n9 juillet 2024 • Awa Diop\n" + LEAD_FR + "\n"
    )
    result = extract_one(page)
    assert result.body == [LEAD_FR]
    assert result.title == TITLE_FR
    assert result.published.date().isoformat() == "2024-07-09"
    assert result.author == "Awa Diop"


def test_a_byline_cut_in_segments_names_its_author_in_any_order():
    for line, author in (
        ("Publié le 22/05/2024 à 09:15 | par Armel Ndong", "Armel Ndong"),
        (
            "Par : Moussa Diagne - Site.com | 12 février, 2024 à 17:40:12 | Lu 2411 fois",
            "Moussa Diagne",
        ),
    ):
        result = extract_one(HEAD_FR + line + "\n" + LEAD_FR + "\n")
        assert result.body == [LEAD_FR], line
        assert result.author == author


def test_a_closed_comment_thread_and_an_authors_appeal_are_furniture():
    page = (
        HEAD_EN
        + LEAD_EN
        + "\nNote from the author:\n"
        + "Hi, this is Jane. Thank you for reading. If you value our work, join our community.\n"
        + "Disclaimer & comment rules\nCommenting for this story is now closed.\n"
    )
    assert extract_one(page).body == [LEAD_EN]


# -- title, date and source ----------------------------------------------------------------
def test_a_content_was_published_line_is_a_date_not_the_title():
    """« Ce contenu a été publié le … » under the headline and again under the text: a date
    line, not the headline."""
    page = (
        "Aller au contenu\nMenu\nVotre guide du Sénégal\n"
        + TITLE_FR
        + "\nCe contenu a été publié le 5 mars 2024 - 14:02\n2 minutes\nKeystone-ATS\n"
        + LEAD_FR
        + "\nCe contenu a été publié le 5 mars 2024 - 14:02\n(Keystone-ATS)\n"
    )
    result = extract_one(page)
    assert result.title == TITLE_FR
    assert result.published.date().isoformat() == "2024-03-05"


def test_a_sites_address_before_its_motto_names_the_site():
    page = (
        "EXEMPLEREVIEW.COM | Actualité économique et politique du Gabon\nAccueil\n"
        + TITLE_FR
        + "\n"
        + LEAD_FR
        + "\n"
    )
    assert extract_one(page).source.name.lower() == "exemplereview.com"


def test_a_menu_entry_under_a_skip_link_is_no_site_name():
    """ "News Feed" under "Skip to content": a menu's entry, and the page names no outlet."""
    page = (
        "Skip to content\nSupport us\nNews Feed\nAfrica\n"
        "Ethiopia, Somalia agree to reopen border posts\n" + LEAD_EN + "\n"
    )
    assert extract_one(page).source is None


# -- speakers ------------------------------------------------------------------------------
def test_a_datelines_place_in_capitals_is_no_speaker():
    page = (
        HEAD_EN
        + "BANDAR SERI BEGAWAN, Aug 6 (Bernama) -- Ethiopia and Somalia have agreed to reopen "
        "the posts, said Foreign Minister Tomas Aldren.\n"
        "He said both sides wanted the work completed before the rainy season.\n"
        "“We have no disputes, only unfinished homework,” he told journalists here today.\n"
    )
    assert quotes(extract_one(page)) == {
        "We have no disputes, only unfinished homework": "Tomas Aldren"
    }


def test_a_long_ministry_name_keeps_its_holder_as_le_ministre():
    """« Le ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger,
    X, a reçu … » then « Le ministre a salué « … » »: X."""
    page = (
        HEAD_FR
        + "Tunis, 18 jan (TAP) - Le ministre des Affaires étrangères, de la Migration et des "
        "Sénégalais à l'étranger, Malick Faye, a reçu jeudi l'ambassadeur de Lusitanie.\n"
        "Le ministre a salué « l'excellence des relations » entre les deux pays.\n"
    )
    assert quotes(extract_one(page)) == {"l'excellence des relations": "Malick Faye"}


def test_a_headline_quote_with_an_incise_takes_the_body_speaker_not_the_topic():
    """« Dakar-Nouakchott : « … », réaffirme le gouvernement »: the words before the colon are
    the topic; the quote is the minister's, whose words in the body it repeats."""
    page = (
        "Le Quotidien\nDakar-Nouakchott : « Pas d'accord sans contrôle », réaffirme le "
        "gouvernement\n"
        "La ministre de la Pêche, Awa Ndiaye, a réaffirmé mercredi la position de Dakar.\n"
        "« Pas d'accord sans contrôle. C'est la position du gouvernement », a-t-elle martelé.\n"
    )
    assert quotes(extract_one(page))["Pas d'accord sans contrôle"] == "Awa Ndiaye"


def test_a_caption_closed_by_a_credit_above_a_dateline_lede_is_no_paragraph():
    """ "X meets Y in Addis Ababa. (ENA)" between the date and "ADDIS ABABA: …": a photo's
    caption; the article starts at the dateline."""
    lede = "ADDIS ABABA: " + LEAD_EN
    page = (
        HEAD_EN
        + "Updated 27 February 2024\n"
        + "Ethiopian Foreign Minister Tomas Aldren meets his Somali counterpart in Addis Ababa."
        + " (ENA)\n"
        + lede
        + "\n"
    )
    assert extract_one(page).body == [lede]
