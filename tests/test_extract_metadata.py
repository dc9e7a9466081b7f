"""Title, source, agency and author: where each comes from."""

from tests.goldscore import extract_one, signals

LEAD_EN = (
    "Russia and Turkey agreed on Wednesday to continue talks on the situation in northern "
    "Syria, the two foreign ministries said in a joint statement after the meeting."
)
LEAD_FR = (
    "Les ministres des Affaires étrangères des deux pays ont publié jeudi un communiqué commun "
    "appelant les belligérants à cesser les combats sans délai."
)


def test_no_title_when_page_starts_with_date_then_body():
    """A page that opens with a date line and then paragraphs has no title."""
    assert extract_one("Dernière mise à jour à 09h56 le 30/12\n" + LEAD_FR).title is None


def test_title_may_contain_a_quote():
    """A headline "X : « … »" is the title."""
    title = "Lavrov : « Nous continuerons à travailler avec Ankara »"
    assert extract_one(title + "\n" + LEAD_FR).title == title


def test_reuters_dateline_gives_the_agency():
    """Inline dateline: "MOSCOW, Sept 20 (Reuters) -" names Reuters as source and agency; the
    lead paragraph keeps its whole line."""
    lead = "MOSCOW, Sept 20 (Reuters) - " + LEAD_EN
    result = extract_one("Russia, Turkey keep talking\n" + lead)
    assert result.source.name == "Reuters" and result.agency == "Reuters"
    assert result.body[0] == lead


def test_tass_dateline_line_is_metadata():
    """A dateline line "MOSCOW, September 20. /TASS/" leaves the body and names TASS."""
    result = extract_one("Lavrov meets Fidan in Moscow\nMOSCOW, September 20. /TASS/\n" + LEAD_EN)
    assert signals(result)["MOSCOW, September 20. /TASS/"] == "dateline"
    assert result.source.name == "TASS"


def test_site_name_line_at_top_is_the_source():
    """A one-word line above the headline names the site."""
    result = extract_one("Lagazette\nUn titre assez long pour un article\n" + LEAD_FR)
    assert result.source.name == "Lagazette"
    assert result.title == "Un titre assez long pour un article"


def test_outlet_line_at_the_end_is_the_source():
    """Short outlet/agency lines after the article feed source and agency."""
    result = extract_one("Un titre pour cet article\n" + LEAD_FR + "\nAA\nTRT FR")
    assert result.source.name == "TRT Français" and result.agency == "Anadolu"
    assert result.body == [LEAD_FR]


def test_relayed_agency_in_body_is_not_the_publisher():
    """ "selon l'agence TASS" in the body names a relay, not the page's source."""
    body = LEAD_FR + " Selon l'agence de presse TASS, la rencontre a duré deux heures."
    assert extract_one("Un titre pour cet article\n" + body).source is None


def test_source_parameter_overrides():
    """`source=` wins over what the page says."""
    result = extract_one("PARIS (AFP) - " + LEAD_FR, source="Le Monde")
    assert result.source.name == "Le Monde"


def test_share_link_domain_names_the_source():
    """A share link's domain names the outlet when nothing else does."""
    result = extract_one(
        "Un titre pour cet article\n" + LEAD_FR + "\nPartager : https://www.lemonde.fr/a/1"
    )
    assert result.source.name == "Le Monde"


def test_byline_par_gives_author():
    """ "Par X" is a byline: author X, line out of the body."""
    result = extract_one("Un titre pour cet article\nPar Jean Dupont\n" + LEAD_FR)
    assert result.author == "Jean Dupont"
    assert signals(result)["Par Jean Dupont"] == "byline"


def test_author_line_and_lone_name():
    """ "Author: Claire" and the lone "Claire" beside it both go to the author."""
    result = extract_one("Un titre pour cet article\n" + LEAD_FR + "\nClaire\nAuthor: Claire")
    assert result.author == "Claire"
    assert signals(result)["Claire"] == "byline"


def test_english_byline_in_capitals():
    """ "By MATTHEW LEE" gives the author in title case."""
    assert extract_one("A title for this story\nBy MATTHEW LEE\n" + LEAD_EN).author == "Matthew Lee"


def test_reuters_reporting_line():
    """ "Reporting by X; Editing by Y" at the end gives the author and leaves the body."""
    result = extract_one(
        "A title for this story\n" + LEAD_EN + "\nReporting by Jane Roe; Editing by John Doe"
    )
    assert result.author == "Jane Roe" and result.body == [LEAD_EN]


def test_by_monday_is_not_a_byline():
    """A sentence starting "By Monday, …" is body text, not a byline."""
    line = "By Monday, both delegations had left Geneva without any agreement on the text."
    assert line in extract_one("A title for this story\n" + LEAD_EN + "\n" + line).body


def test_copyright_line_names_the_publisher():
    """ "© Some Outlet – Tous droits réservés" names the outlet when nothing else does."""
    result = extract_one(
        "Un titre pour cet article\n" + LEAD_FR + "\n© Regards sur l'Est – Tous droits réservés"
    )
    assert result.source.name == "Regards sur l'Est"


def test_menu_line_is_not_the_site_name():
    """A "Menu" button on top is UI text, not the site's name."""
    result = extract_one("Menu\nUn titre pour cet article\n" + LEAD_FR)
    assert result.source is None and signals(result)["Menu"] == "ui-text"
