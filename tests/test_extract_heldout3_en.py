"""Classes of failure the third held-out round of English pages (tests/fixtures/pages/m16-m30,
batch 5) revealed, each on a small invented page."""

from tests.classpages import HEAD_EN, LEAD_EN, quotes
from tests.goldscore import extract_one

LAST = '"We will meet again in Lusaka next month," the foreign minister, Abel Tesfaye, said.'


# -- signatures, captions and page furniture ----------------------------------------------------
def test_a_signature_after_the_last_sentence_keeps_the_paragraph_and_names_the_site():
    """ "… said. – SAnews.gov.za", "… next year. (Yonhap)": the last paragraph, signed."""
    signed = LAST + " – CapeWire.gov.za"
    page = HEAD_EN[12:] + LEAD_EN + "\n" + signed + "\nMost Read\nCabinet meets\n"
    result = extract_one(page)
    assert result.body == [LEAD_EN, signed]
    assert result.source.name == "CapeWire.gov.za"
    bracketed = LAST + " (Yonhap)"
    page = "Ethiopia, Somalia agree to reopen border posts\n" + LEAD_EN + "\n" + bracketed + "\n"
    assert extract_one(page).body == [LEAD_EN, bracketed]


def test_photo_captions_with_their_credits_are_not_the_article():
    """An image's alt text printed twice with its credit, "(Name/Agency)", "[Name, Outlet]",
    "Name/Site.ie" glued to the caption, "FILE - …" and a "Role, Name" label under the
    headline are captions: never the title, the author or a paragraph."""
    captions = (
        "The minister (right) meets his counterpart in Addis Ababa on Friday. (Ministry of "
        "Foreign Affairs)\n"
    ) * 2 + (
        "Minister of Foreign Affairs, Adamu Belgore\n"
        "The minister at the border post in Moyale, March 6, 2024. [Jane Kamau, Standard]\n"
        "The minister speaks in Addis Ababa, March 4, 2024. (Yossi Levin/Flash90)\n"
        "Tánaiste Ciarán Mac Giolla Rua Sam Boal/RollingNews.ie\n"
        "FILE - The foreign minister attends a regional meeting in Arusha, Feb. 9, 2023.\n"
    )
    result = extract_one(HEAD_EN + captions + "By Chinedu Okafor\n" + LEAD_EN + "\n")
    assert result.title == "Ethiopia, Somalia agree to reopen border posts"
    assert result.body == [LEAD_EN]
    assert result.author == "Chinedu Okafor"


def test_glyphs_icons_slogans_and_menu_items_do_not_name_the_site():
    """ "×" and "App Icon" above the site's name; "Social Affairs" among the sections; a
    slogan where the name would be ("Most Widely Read Newspaper") leaves the copyright's."""
    icons = "×\nApp Icon\nThe Addis Courier e-Paper\n"
    assert extract_one(icons + HEAD_EN[12:] + LEAD_EN + "\n").source.name == (
        "The Addis Courier e-Paper"
    )
    menu = "Back To Top\nNational\nPolitics\nSocial Affairs\nForeign Affairs\nBusiness\n"
    byline = "By Yonhap\n"
    result = extract_one(menu + HEAD_EN[12:] + byline + LEAD_EN + "\n")
    assert result.source.name == "Yonhap"
    slogan = "×\nMost Widely Read Newspaper\n" + HEAD_EN[12:] + LEAD_EN + "\nCopyright PUNCH.\n"
    assert extract_one(slogan).source.name == "PUNCH"


def test_banners_and_notices_that_name_the_site():
    """ "Cookies on GOV.UK" names the site; a live page's notice opening with a registry
    outlet ("The Times of Israel liveblogged …") names it; its status line is furniture."""
    banner = "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\n"
    result = extract_one(banner + HEAD_EN[12:] + LEAD_EN + "\n")
    assert result.source.name == "GOV.UK"
    assert result.body == [LEAD_EN]
    anonymous = "Cookies on this website\nWe use some essential cookies to make it work.\n"
    assert extract_one(anonymous + HEAD_EN[12:] + LEAD_EN + "\n").source is None
    live = (
        "Live updates (closed)\n"
        + HEAD_EN[12:]
        + "The Times of Israel liveblogged Monday's events as they unfolded.\n"
        + LEAD_EN
        + "\n"
    )
    result = extract_one(live)
    assert result.source.name == "The Times of Israel"
    assert result.title == "Ethiopia, Somalia agree to reopen border posts"
    assert result.body == [LEAD_EN]


def test_copyright_player_and_paywall_lines_are_furniture():
    tail = (
        "Copyright PUNCH.\n"
        "All rights reserved. No part of this website may be reproduced without permission.\n"
    )
    head = HEAD_EN + "Getting your Trinity Audio player ready...\n"
    assert extract_one(head + LEAD_EN + "\n" + tail).body == [LEAD_EN]
    cut = "The Somali minister, Hodan Abdi, described the talks as “frank and"
    paywall = (
        "Get Full Access for Ksh299/Week\nUnlock the Full Story\nAlready a subscriber? Log in\n"
    )
    result = extract_one(HEAD_EN + LEAD_EN + "\n" + cut + "\n" + paywall)
    assert result.body == [LEAD_EN, cut]  # the paywall cut the paragraph, and its quote
    assert quotes(result) == {"frank and": "Hodan Abdi"}


# -- dates, datelines and bylines ---------------------------------------------------------------
def test_a_clock_beside_the_date_and_a_date_with_its_source():
    """ "Updated 8.15am, 14 Feb 2024" is 14 February 2024; "Thu, 9 Nov 2023 Source: GNA"
    dates the page and names its source."""
    clock = extract_one(HEAD_EN + "Updated 8.15am, 14 Feb 2024\n" + LEAD_EN + "\n")
    assert clock.published.date().isoformat() == "2024-02-14"
    sourced = extract_one(HEAD_EN[12:] + "Thu, 9 Nov 2023 Source: GNA\n" + LEAD_EN + "\n")
    assert sourced.published.date().isoformat() == "2023-11-09"
    assert sourced.source.name == "GNA"
    assert sourced.body == [LEAD_EN]


def test_an_organisation_and_its_acronym_open_no_dateline():
    """ "Department of Foreign Affairs (DFA) Secretary X said …" names no agency."""
    lead = (
        "Department of Foreign Affairs (DFA) Secretary Ramon Lazaro said the talks on the "
        "fishing grounds would resume in Manila next month."
    )
    result = extract_one(HEAD_EN + lead + "\n© 2023 Manila Courier. All Rights Reserved.\n")
    assert result.source.name != "DFA"
    assert result.body == [lead]


def test_a_wire_byline_with_the_name_in_capitals_then_the_agency():
    """ "By JANE ROE Associated Press": Jane Roe wrote it for the agency."""
    result = extract_one(HEAD_EN + "By GULNARA SEITOVA Associated Press\n" + LEAD_EN + "\n")
    assert result.author == "Gulnara Seitova"
    assert result.agency == "Associated Press"
    assert quotes(result) == {}


# -- speakers -----------------------------------------------------------------------------------
def test_a_nationality_far_from_any_role_is_nobody():
    """ "The minister also addressed the case of 14 Nigerian traders …" makes no person
    "Nigerian": "he" in the next sentence is still the minister."""
    page = (
        HEAD_EN
        + "Foreign Minister Adamu Belgore ruled out closing the border on Thursday.\n"
        + "The minister also addressed the case of 14 Nigerian traders detained last month.\n"
        + "He said the Nigerian Embassy had secured access and that they were “in good health”.\n"
    )
    assert quotes(extract_one(page)) == {"in good health": "Adamu Belgore"}


def test_the_body_in_a_role_apposition_is_not_the_speaker():
    """ "X, the Minister of Foreign Affairs and Regional Integration, has assured Y that …":
    X assured (a verb of speech), never "Regional Integration"."""
    page = (
        HEAD_EN
        + "KWAKU MENSAH2 Kwaku Mensah, Minister of Foreign Affairs and Regional Integration\n"
        + "Mr Kwaku Mensah, the Minister of Foreign Affairs and Regional Integration, has "
        + "assured traders in Lagos that the Government would “leave no one behind”.\n"
    )
    result = extract_one(page)
    assert quotes(result) == {"leave no one behind": "Kwaku Mensah"}
    assert result.body[0].startswith("Mr Kwaku Mensah")  # the caption above is furniture


def test_juntas_and_commissions_speak_as_institutions():
    page = (
        HEAD_EN
        + LEAD_EN
        + '\nLast week, Burkina Faso\'s junta called the offer "the only serious proposal."\n'
        + 'The ECOWAS commission has said, quote, "no amount of talking will help."\n'
    )
    assert quotes(extract_one(page)) == {
        "the only serious proposal.": "Burkina Faso's junta",
        "no amount of talking will help.": "ECOWAS commission",
    }


def test_who_is_quoted_as_telling_someone_speaks():
    page = (
        HEAD_EN
        + "Foreign Minister Keiko Tanabe met her Australian counterpart, Fiona Marsh, on Tuesday.\n"
        + "“We want people to move as easily as goods do,” Tanabe was quoted as telling Marsh.\n"
    )
    assert quotes(extract_one(page)) == {
        "We want people to move as easily as goods do": "Keiko Tanabe"
    }


def test_words_a_speaker_rejects_are_the_claimants():
    """ "rejected claims by X that … “…”" quotes X; "“…”, a charge the minister rejected"
    quotes the accuser; with no claimant named, the same words elsewhere tell whose they are."""
    page = (
        HEAD_EN
        + "Foreign Minister Eoin Kavanagh rejected claims that the Government had been “slow "
        + "to act”.\n"
        + "MP Nuala Fitzpatrick had accused the Government of being “slow to act” on Sudan, a "
        + "charge the minister rejected.\n"
        + "“We were among the first to increase funding,” he said.\n"
        + "The Foreign Office rejected claims by Afghan authorities that Pakistan had closed the "
        + "crossing “without notice”.\n"
    )
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract_one(page).quotes]
    assert found == [
        ("slow to act", "Nuala Fitzpatrick"),
        ("slow to act", "Nuala Fitzpatrick"),
        ("We were among the first to increase funding", "Eoin Kavanagh"),
        ("without notice", "Afghan authorities"),
    ]


def test_a_role_written_before_a_verb_is_not_the_next_persons_role():
    """ "The Foreign Secretary spoke to Moldovan Foreign Minister X": X is no Foreign
    Secretary, and "The Foreign Secretary … said" stays the role."""
    page = (
        HEAD_EN
        + "The Foreign Secretary spoke to Moldovan Foreign Minister Andrei Ciobanu today.\n"
        + "The Foreign Secretary reiterated the UK's support, and said the UK would stand with "
        + "Moldova “for as long as it takes”.\n"
    )
    assert quotes(extract_one(page)) == {"for as long as it takes": "Foreign Secretary"}


def test_role_anaphors_through_synonyms_and_the_body_acronym():
    """ "the envoy" is the ambassador named before; "The DFA chief" is the "Department of
    Foreign Affairs (DFA) Secretary X"."""
    page = (
        HEAD_EN
        + "Benin's ambassador to Nigeria, Mr Didier Houngbédji, spoke on Friday.\n"
        + "“There is no crisis,” the envoy said.\n"
        + "Department of Foreign Affairs (DFA) Secretary Ramon Lazaro faced senators on Monday.\n"
        + 'The DFA chief described the situation as "tense but manageable."\n'
    )
    assert quotes(extract_one(page)) == {
        "There is no crisis": "Didier Houngbédji",
        "tense but manageable.": "Ramon Lazaro",
    }


def test_a_countrys_role_speaks_before_its_holder_is_named():
    page = (
        HEAD_EN
        + "Uganda's foreign minister told reporters that the two countries wanted "
        + '"a lasting solution, not another truce."\n'
    )
    said = {"a lasting solution, not another truce.": "Uganda's foreign minister"}
    assert quotes(extract_one(page)) == said


def test_a_headline_opened_by_its_speaker_and_a_colon():
    """ "Lazaro: PH will not 'give up an inch'" quotes Lazaro; "Analysis: the 'eastern
    shield' plan" quotes nobody."""
    body = "\nForeign Secretary Ramon Lazaro told senators the country would hold its ground.\n"
    said = extract_one("Manila Courier\nLazaro: PH will not 'give up an inch' of its waters" + body)
    assert quotes(said) == {"give up an inch": "Ramon Lazaro"}
    rubric = extract_one("Manila Courier\nAnalysis: what the 'eastern shield' plan means" + body)
    assert quotes(rubric) == {}


def test_a_feeling_conveyed_in_a_countrys_name_and_a_capitals_intertitle():
    """ "X has summoned the envoy to convey Malaysia's “deep concern”": X's words; "VISIT TO
    BAKU" between paragraphs is an intertitle, not an outlet closing the article."""
    page = (
        HEAD_EN
        + "Wisma Putra has summoned the Thai ambassador to convey Malaysia's “deep concern” "
        + "over the detention of 11 fishermen.\n"
        + "VISIT TO BAKU\n"
        + "The spokesperson said the minister would visit Azerbaijan next week for talks.\n"
    )
    result = extract_one(page)
    assert quotes(result) == {"deep concern": "Wisma Putra"}
    assert result.body[1:] == [
        "VISIT TO BAKU",
        "The spokesperson said the minister would visit Azerbaijan next week for talks.",
    ]


def test_record_labels_of_a_government_page_are_furniture():
    """ "From:" with the issuer under it, "Published" above the date: a record, not text."""
    page = (
        "Foreign Secretary call with Foreign Minister of Moldova: 12 March 2024\n"
        + LEAD_EN
        + "\nFrom:\nForeign, Commonwealth & Development Office\nPublished\n12 March 2024\n"
        + LAST
        + "\n"
    )
    result = extract_one(page)
    assert result.body == [LEAD_EN, LAST]
    assert result.published.date().isoformat() == "2024-03-12"


def test_a_radio_pages_player_lines_and_the_last_turn_of_its_transcript():
    """ "Listen to this … segment", "Heard on …" and the host's name under them are furniture;
    "NAME: Thank you." closing the transcript is a turn of it."""
    page = (
        "NPR\nGhana's Top Diplomat On Why Accra Is Mediating In The Sahel\n"
        + LEAD_EN
        + "\nListen to this 'Morning Edition' segment\nOctober 12, 2023 5:04 AM ET\n"
        + "Heard on Morning Edition\nLeila Hassan\n"
        + "HASSAN: Efua Darko-Boateng is Ghana's minister for foreign affairs. Thank you.\n"
        + "DARKO-BOATENG: Thank you.\n"
        + "Copyright © 2023 NPR. All rights reserved.\n"
    )
    result = extract_one(page)
    assert result.body[1:] == [
        "HASSAN: Efua Darko-Boateng is Ghana's minister for foreign affairs. Thank you.",
        "DARKO-BOATENG: Thank you.",
    ]
    assert result.author == "Leila Hassan"


def test_the_same_words_under_an_unresolved_she_stay_unknown():
    """Two people may say the same words: "“…,” she insisted" with no woman named before is
    unknown, not the man who said them first."""
    page = (
        HEAD_EN
        + 'Foreign Minister Eoin Kavanagh said: "We call on all parties to show restraint."\n'
        + '"We call on all parties to show restraint," she insisted.\n'
    )
    found = [q.speaker.name if q.speaker else None for q in extract_one(page).quotes]
    assert found == ["Eoin Kavanagh", None]


def test_button_words_are_furniture_alone_never_inside_a_headline():
    """ "Contribute", "• Download" alone are buttons; "Gulf states urged to contribute" and
    "Explosions heard on border" are headlines."""
    for headline in ("Gulf states urged to contribute", "Explosions heard on border"):
        page = f"Some Outlet\n{headline}\nContribute\n• Download\n{LEAD_EN}\n"
        result = extract_one(page)
        assert result.title == headline
        assert result.body == [LEAD_EN]


def test_a_press_job_before_the_name_and_courtesy_captions():
    """ "Political correspondent Jane Roe" under the headline is the byline; "… PHOTO |
    COURTESY" and "Photo courtesy of X" close captions; "More by this Author" is a link."""
    page = (
        HEAD_EN
        + "Political correspondent Harriet Vance\nMore by this Author\n"
        + "The minister (right) with her counterpart in Kigoma yesterday. PHOTO | COURTESY\n"
        + "The minister receives his counterpart in Cairo. Photo courtesy of the ministry\n"
        + LEAD_EN
        + "\n"
    )
    result = extract_one(page)
    assert result.author == "Harriet Vance"
    assert result.body == [LEAD_EN]


def test_a_relative_clause_and_a_leading_but_keep_their_speaker():
    """ "…, which he called “…”" is his word; "But a spokesman for the foreign ministry in
    Caracas, speaking to VTV, described …" speaks as that role."""
    page = (
        HEAD_EN
        + "Burundi's foreign minister, Mr Gervais Ndikumana, spoke in Kigoma on Friday.\n"
        + "He said the two countries would set up a committee on smuggling, which he called "
        + '"the real enemy of our economies".\n'
        + "But a spokesman for the foreign ministry in Caracas, speaking to state broadcaster "
        + 'VTV, described the case as "a judicial matter".\n'
    )
    assert quotes(extract_one(page)) == {
        "the real enemy of our economies": "Gervais Ndikumana",
        "a judicial matter": "spokesman for the foreign ministry in Caracas",
    }
