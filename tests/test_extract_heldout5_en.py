"""Classes of failure the fifth held-out round in English (tests/fixtures/pages/o11-o20,
batch 7) revealed, each on a small invented page."""

from tests.classpages import HEAD_EN, LEAD_EN, quotes
from tests.goldscore import extract_one

TITLE_EN = "Ethiopia, Somalia agree to reopen border posts"


# -- page furniture ------------------------------------------------------------------------
def test_a_short_link_and_unfilled_template_tags_are_furniture():
    page = (
        HEAD_EN
        + LEAD_EN
        + "\nhttps://p.example.com/p/4xQz9\n{{^userSubscribed}} {{/userSubscribed}}\n"
        + "The talks resume in Mogadishu next month, the ministry added.\n"
    )
    assert extract_one(page).body == [
        LEAD_EN,
        "The talks resume in Mogadishu next month, the ministry added.",
    ]


def test_member_perks_trust_boxes_and_channel_appeals_are_furniture():
    for line in (
        "Why you can trust The Daily Example",
        "Access 10 free stories every month",
        "Save stories to read later",
        "Join our WhatsApp Channel and get the latest news and must-reads.",
        "Get Current Updates on World News along with Latest News and Top Headlines.",
    ):
        assert extract_one(HEAD_EN + LEAD_EN + "\n" + line + "\n").body == [LEAD_EN], line


def test_a_caption_with_its_image_credit_glued_is_furniture():
    caption = "Two ministers met in Addis Ababa on FridayImage: Jane Roe/dpa/picture alliance"
    assert extract_one(HEAD_EN + caption + "\n" + LEAD_EN + "\n").body == [LEAD_EN]


def test_a_caption_under_a_bare_agency_credit_below_the_byline_is_furniture():
    page = (
        HEAD_EN
        + "2 hours ago\nShare\nAmina Yusuf\nBBC Example, Nairobi\nGetty Images\n"
        + "Trucks have queued for weeks at the crossing\n"
        + LEAD_EN
        + "\n"
    )
    assert extract_one(page).body == [LEAD_EN]


def test_a_name_over_its_outlet_and_city_is_the_byline():
    page = HEAD_EN + "3 hours ago\nShare\nSave\nAmina Yusuf\nBBC News, Nairobi\n" + LEAD_EN
    result = extract_one(page + "\n")
    assert result.author == "Amina Yusuf"
    assert result.body == [LEAD_EN]


# -- bylines -------------------------------------------------------------------------------
def test_a_byline_naming_the_agencies_it_draws_on_gives_the_author_not_the_source():
    page = HEAD_EN + "Jonas Weber with dpa, Reuters\n05/03/2024\n" + LEAD_EN + "\n"
    result = extract_one(page)
    assert result.body == [LEAD_EN]
    assert result.author == "Jonas Weber"
    assert result.source is None or result.source.name not in ("dpa", "Reuters")


def test_a_name_above_its_press_job_is_the_byline_and_the_job_no_author():
    page = HEAD_EN + "Mona Haddad\nPolitical Correspondent\nUPDATED Sep 12, 2024, 07:15 PM\n"
    result = extract_one(page + LEAD_EN + "\n")
    assert result.author == "Mona Haddad"
    assert result.body == [LEAD_EN]


# -- source --------------------------------------------------------------------------------
def test_a_breadcrumb_of_rubrics_or_a_lone_country_is_no_source():
    for top in ("Asia / Diplomacy", "Singapore"):
        page = top + "\n" + TITLE_EN + "\nPolitics\n" + LEAD_EN + "\n"
        result = extract_one(page)
        assert result.source is None, top
        assert result.title == TITLE_EN


# -- speakers ------------------------------------------------------------------------------
def test_a_role_in_the_deck_is_the_person_the_text_names_with_that_role():
    page = (
        HEAD_EN
        + 'The Ethiopian foreign minister promised the deal would not be "a paper peace."\n'
        + "Ethiopian Foreign Minister Selam Tesfaye and her Somali counterpart signed the text "
        "in Addis Ababa on Friday.\n"
        + '"Our herders have waited long enough," Tesfaye told reporters.\n'
    )
    found = quotes(extract_one(page))
    assert found["a paper peace."] == "Selam Tesfaye"


def test_a_clause_after_while_names_the_other_side_not_the_speaker():
    page = (
        HEAD_EN
        + 'Somalia\'s government has called the closure "an economic siege", while Addis Ababa '
        "says the posts were shut for security reasons.\n"
    )
    found = quotes(extract_one(page))
    assert found["an economic siege"] is not None
    assert "Somalia" in found["an economic siege"]
