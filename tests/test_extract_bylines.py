"""Correspondents' bylines, bylines on date lines, editorial disclaimers and distribution
notices: out of the body, with the author (and outlet) they name."""

from tests.goldscore import extract_one, signals

LEAD_FR = (
    "Le gouvernement néerlandais a annoncé jeudi une nouvelle enveloppe d'aide militaire à "
    "l'Ukraine, la troisième depuis le début de l'année, selon un communiqué officiel."
)
MORE_FR = (
    "Cette aide comprend des munitions d'artillerie, des véhicules blindés et du matériel de "
    "déminage, a précisé le ministère de la Défense dans un communiqué publié à La Haye."
)
LEAD_EN = (
    "The Dutch government on Thursday announced a new military aid package for Ukraine, its "
    "third this year, according to an official statement released in The Hague."
)
MORE_EN = (
    "The package includes artillery ammunition, armoured vehicles and demining equipment, the "
    "defence ministry said, adding that deliveries would begin before the end of the month."
)


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_french_correspondent_byline_gives_the_author():
    """ "Avec notre correspondante à Varsovie, X Y": the name is the author, the line goes."""
    result = extract_one(
        page(
            "Les Pays-Bas débloquent une nouvelle aide pour Kiev",
            "Avec notre correspondante à Varsovie, Agnieszka Nowak",
            LEAD_FR,
            MORE_FR,
        )
    )
    assert result.body == [LEAD_FR, MORE_FR]
    assert result.author == "Agnieszka Nowak"


def test_correspondent_byline_below_the_article_and_without_a_name():
    """ "De notre envoyé spécial à Odessa, X" at the end, "From our correspondent in Rome"."""
    result = extract_one(
        page(
            "Les Pays-Bas débloquent une aide",
            LEAD_FR,
            MORE_FR,
            "De notre envoyé spécial à Odessa, Luc Martin",
        )
    )
    assert result.body == [LEAD_FR, MORE_FR] and result.author == "Luc Martin"
    result = extract_one(
        page("Dutch unveil new Ukraine aid", "From our correspondent in Rome", LEAD_EN, MORE_EN)
    )
    assert result.body == [LEAD_EN, MORE_EN]
    assert signals(result)["From our correspondent in Rome"] == "byline"
    result = extract_one(
        page(
            "Dutch unveil new Ukraine aid",
            "With our correspondent in Ankara, Deniz Arslan",
            LEAD_EN,
        )
    )
    assert result.author == "Deniz Arslan"


def test_editorial_disclaimers_and_translation_notes_are_furniture():
    lines = [
        "Les idées exprimées dans cette tribune n'engagent que leur auteur.",
        "Ce texte a été traduit de l'anglais par la rédaction.",
        "The views expressed here are solely those of the writer and do not necessarily "
        "reflect our editorial line.",
        "This story was originally published in German.",
    ]
    result = extract_one(page("Les Pays-Bas débloquent une aide", LEAD_FR, MORE_FR, *lines))
    assert result.body == [LEAD_FR, MORE_FR]


def test_a_sentence_about_views_that_do_not_reflect_stays():
    sentence = (
        "He said the positions voiced by some members did not necessarily reflect the views of "
        "the whole alliance, adding that talks would go on next week."
    )
    result = extract_one(page("Dutch unveil new Ukraine aid", LEAD_EN, sentence, MORE_EN))
    assert sentence in result.body


def test_name_and_date_between_bars_gives_author_and_date():
    """ "Name | date - Mise à jour : date" (any casing, Turkish dotless ı) is a dated byline."""
    result = extract_one(
        page(
            "Les Pays-Bas débloquent une aide",
            "Ayşe Yılmaz   |  03.10.2023 - MİSE À JOUR : 04.10.2023",
            LEAD_FR,
            MORE_FR,
        )
    )
    assert result.body == [LEAD_FR, MORE_FR]
    assert result.author == "Ayşe Yılmaz"
    assert result.published.date().isoformat() == "2023-10-03"
    result = extract_one(page("Dutch unveil new Ukraine aid", "John Doe | 5 October 2023", LEAD_EN))
    assert result.author == "John Doe" and result.body == [LEAD_EN]


def test_distribution_notice_naming_the_agency_anywhere_is_furniture():
    """A closing notice about what an agency sends its subscribers and shows on its site."""
    notice = (
        "Une partie seulement des dépêches que l'agence Xinhua transmet à ses abonnés est "
        "publiée sur son site, sous une forme abrégée."
    )
    result = extract_one(page("Les Pays-Bas débloquent une aide", LEAD_FR, MORE_FR, notice))
    assert result.body == [LEAD_FR, MORE_FR]


def test_by_name_comma_outlet_gives_author_and_source():
    """ "By Name, Outlet": the name is the author, the outlet (registry or outlet-shaped) the
    source; a place or a job after the comma is neither."""
    result = extract_one(page("Dutch unveil new Ukraine aid", "By Tom Ellis, Sky News", LEAD_EN))
    assert result.author == "Tom Ellis" and result.source.name == "Sky News"
    result = extract_one(
        page("Les Pays-Bas débloquent une aide", "Par Marie Roy, Le Journal de Québec", LEAD_FR)
    )
    assert result.author == "Marie Roy" and result.source.name == "Le Journal de Québec"
    result = extract_one(page("Dutch unveil new Ukraine aid", "By Tom Ellis, Warsaw", LEAD_EN))
    assert result.author == "Tom Ellis" and result.source is None
    result = extract_one(
        page("Dutch unveil new Ukraine aid", "By Tom Ellis, Europe editor", LEAD_EN, MORE_EN)
    )
    assert result.source is None and result.body == [LEAD_EN, MORE_EN]


def test_agency_slash_place_credit_names_the_agency_not_the_place():
    """ "AFP / Paris", "Reuters / Moscou": the agency on either side of the slash is the source;
    a known place never is; "Place / Outlet" keeps working."""
    for line, source in [
        ("AFP / Varsovie", "AFP"),
        ("Reuters / Moscou", "Reuters"),
        ("AA / Istanbul", "Anadolu"),
        ("Bruxelles / Belga", "Belga"),
        ("Lagos / Daily Courier", "Daily Courier"),
        ("Daily Courier / Lagos", "Daily Courier"),
    ]:
        result = extract_one(page("Les Pays-Bas débloquent une aide", line, LEAD_FR, MORE_FR))
        assert result.source and result.source.name == source, (line, result.source)
        assert result.body == [LEAD_FR, MORE_FR]
    result = extract_one(page("Les Pays-Bas débloquent une aide", "Paris / Berlin", LEAD_FR))
    assert result.source is None
