# ruff: noqa: E501  (realistic page text: long lines are the point)
"""Boilerplate rules: each test pins one signal on a realistic French or English snippet."""

from archive.ingest.boilerplate import Line, find_repeated, split_lines
from tests.goldscore import extract_one, signals

ARTICLE_EN = """Russia and Turkey agree to keep talking on Syria
MOSCOW, Sept 20 (Reuters) - Russian and Turkish officials agreed on Wednesday to continue talks on the situation in northern Syria, the two foreign ministries said in a joint statement.
The talks in Moscow lasted four hours and covered humanitarian access, the statement said.
Both sides said they would meet again in Ankara next month to review the ceasefire."""

ARTICLE_FR = """La France et l'Allemagne appellent à un cessez-le-feu au Soudan
Les ministres des Affaires étrangères des deux pays ont publié jeudi un communiqué commun appelant les belligérants à cesser les combats sans délai.
Ils demandent également l'ouverture de couloirs humanitaires pour permettre l'acheminement de l'aide aux civils pris au piège.
Une réunion des donateurs doit se tenir à Paris le mois prochain, selon le communiqué."""


def test_share_and_login_lines_are_ui_text():
    """Share buttons, login and subscription prompts are removed as ui-text."""
    page = ARTICLE_EN + "\nShare this article\nSign in\nSubscribe to our newsletter"
    removed = signals(extract_one(page))
    assert removed["Share this article"] == "ui-text"
    assert removed["Sign in"] == "ui-text"
    assert removed["Subscribe to our newsletter"] == "ui-text"


def test_french_account_prompts_are_ui_text():
    """« Se connecter », « S'inscrire », « Mot de passe oublié » are page furniture."""
    page = ARTICLE_FR + "\nSe connecter\nS'inscrire\nMot de passe oublié ?"
    removed = signals(extract_one(page))
    assert {removed["Se connecter"], removed["S'inscrire"]} == {"ui-text"}
    assert "Mot de passe oublié ?" in removed


def test_cookie_banner_paragraph_is_removed():
    """A long consent banner is UI text even though it reads like a sentence."""
    banner = (
        "We use cookies to improve your experience. By clicking Accept all, you agree to our "
        "privacy policy and the use of cookies for advertising."
    )
    result = extract_one(ARTICLE_EN + "\n" + banner)
    assert banner not in result.body
    assert signals(result)[banner] == "ui-text"


def test_lone_number_is_a_counter():
    """A share counter ("0", "12") standing alone is not body text."""
    result = extract_one("Headline about the summit in Geneva\n0\n" + ARTICLE_EN.split("\n", 1)[1])
    assert signals(result)["0"] == "counter"


def test_read_more_header_opens_a_teaser_block():
    """Headlines under "Read more" are a teaser block, even mid-page."""
    page = (
        ARTICLE_EN
        + "\nRead more\nUkraine says grain deal talks resume\nEU ministers meet in Brussels"
    )
    removed = signals(extract_one(page))
    assert removed["Read more"] == "related-header"
    assert removed["Ukraine says grain deal talks resume"] == "teaser-block"


def test_a_lire_aussi_inline_link_is_removed():
    """« Lire aussi : … » inside the article points to another article."""
    lines = ARTICLE_FR.split("\n")
    page = "\n".join(lines[:2] + ["Lire aussi : Soudan, la guerre oubliée"] + lines[2:])
    result = extract_one(page)
    assert signals(result)["Lire aussi : Soudan, la guerre oubliée"] == "related-link"
    assert len(result.body) == 3


def test_headlines_after_the_article_are_a_teaser_block():
    """A run of headline-shaped lines after the last paragraph is removed."""
    page = ARTICLE_FR + (
        "\nLe Japon relève ses dépenses militaires"
        "\nL'Inde et la Chine rouvrent le dialogue frontalier"
        "\nNouvelles sanctions contre l'Iran à Bruxelles"
    )
    result = extract_one(page)
    assert result.body[-1].startswith("Une réunion des donateurs")
    assert signals(result)["Le Japon relève ses dépenses militaires"] == "teaser-block"


def test_subheading_between_paragraphs_is_kept():
    """The article's own subheadings (between prose paragraphs) stay in the body."""
    lines = ARTICLE_EN.split("\n")
    page = "\n".join(lines[:2] + ["A fragile truce in the north"] + lines[2:])
    assert "A fragile truce in the north" in extract_one(page).body


def test_standfirst_is_kept():
    """A standfirst under the title is part of the article."""
    lines = ARTICLE_FR.split("\n")
    stand = "Paris et Berlin haussent le ton face à la guerre qui ravage le pays depuis avril."
    page = "\n".join([lines[0], stand] + lines[1:])
    result = extract_one(page)
    assert result.body[0] == stand


def test_lines_repeated_across_pages_are_removed():
    """Navigation repeated across pages of one outlet goes; each page keeps its own text."""
    nav = "\nMost viewed: Oil prices climb after OPEC decision\nWeather in your city today"
    result = extract_one(ARTICLE_EN + nav, ARTICLE_FR + nav)
    assert signals(result)["Weather in your city today"] in ("repeated-in-batch", "teaser-block")
    assert len(result.body) == 3


def test_same_agency_story_in_two_pages_is_not_wiped():
    """Two outlets printing one agency story share its paragraphs: they stay in both bodies."""
    other = "Turkey, Russia keep Syria dialogue going\n" + ARTICLE_EN.split("\n", 1)[1]
    result = extract_one(ARTICLE_EN, other)
    assert len(result.body) == 3


def test_repeated_title_lines_count_once():
    """A headline printed two or three times is the title once; its repeats are removed."""
    title = ARTICLE_FR.split("\n")[0]
    result = extract_one(title + "\n" + title + "\n" + ARTICLE_FR)
    assert result.title == title
    assert [r.signal for r in result.removed].count("title-repeat") == 2


def test_photo_credit_is_a_credit():
    """Photo credits and captions with an agency credit are removed."""
    page = ARTICLE_EN + "\nPhoto: Evgenia Novozhenina/Reuters"
    assert signals(extract_one(page))["Photo: Evgenia Novozhenina/Reuters"] == "credit"


def test_top_navigation_is_removed():
    """Short menu items above the title are navigation."""
    result = extract_one("Home\nWorld\nEurope\n" + ARTICLE_EN)
    assert {signals(result)[x] for x in ("World", "Europe")} == {"navigation"}
    assert result.title.startswith("Russia and Turkey")


def test_split_lines_drops_blank_lines_and_nbsp():
    """Lines are stripped, blank ones dropped, non-breaking spaces made plain."""
    lines = split_lines("  A\u00a0b  \n\n\nC\n")
    assert [(ln.index, ln.text) for ln in lines] == [(0, "A b"), (3, "C")]


def test_find_repeated_ignores_lines_of_one_page():
    """A line found in only one page is not repeated."""
    pages = [[Line(0, "Alpha beta gamma")], [Line(0, "Delta epsilon zeta")]]
    assert find_repeated(pages) == [set(), set()]


def test_breadcrumb_is_navigation():
    """ "World news | Europe | Middle East" is a menu, not a title."""
    result = extract_one("World news | Europe | Middle East\n" + ARTICLE_EN)
    assert signals(result)["World news | Europe | Middle East"] == "navigation"
    assert result.title.startswith("Russia and Turkey")


def test_caption_ending_with_agency_credit():
    """A photo caption ending "NAME / REUTERS" is a credit."""
    caption = "Sergueï Lavrov à Moscou, le 18 janvier 2023. MAXIM SHEMETOV / REUTERS"
    assert signals(extract_one(ARTICLE_FR + "\n" + caption))[caption] == "credit"


def test_two_outlets_with_the_same_headline_keep_their_titles():
    """A headline that two pages share (the same agency story) stays each page's title."""
    title = ARTICLE_EN.split("\n")[0]
    other = (
        title
        + "\nANKARA, Sept 20 - A different write-up of the meeting with its own lead paragraph here.\nOfficials on both sides described the talks as useful and said more would follow soon."
    )
    result = extract_one(ARTICLE_EN, other)
    assert result.title == title
