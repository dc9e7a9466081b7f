"""Datelines in the lead, kickers, outlet bylines and credits, the trailer after the end credit."""

from tests.goldscore import extract_one, signals

LEAD_EN = (
    "Ukraine's foreign minister said on Thursday that Kyiv was ready for a second round of "
    "negotiations with Moscow but would not accept any ultimatum from the Kremlin."
)
MORE_EN = (
    "Russian forces have encircled several cities in the south and east of the country, and "
    "the United Nations says more than a million people have fled abroad since the invasion."
)
LEAD_FR = (
    "La France a appelé vendredi l'Arménie et l'Azerbaïdjan à la retenue après de nouveaux "
    "affrontements meurtriers à leur frontière, selon un communiqué du Quai d'Orsay."
)
MORE_FR = (
    "Les combats, les plus graves depuis la guerre de l'automne 2020, ont fait au moins "
    "quinze morts selon Erevan, qui accuse Bakou d'avoir lancé une offensive de grande ampleur."
)


def test_reuters_inline_dateline_stays_in_the_lead():
    """Inline dateline (Reuters): the lead keeps its whole line; Reuters is source and agency
    and the place goes to the notes."""
    lead = "KYIV, March 3 (Reuters) - " + LEAD_EN
    result = extract_one("Ukraine ready for talks, minister says\n" + lead)
    assert result.body[0] == lead
    assert result.source.name == "Reuters" and result.agency == "Reuters"
    assert any("KYIV" in note for note in result.notes)


def test_ap_inline_dateline_with_dash():
    """Inline dateline (AP): "WASHINGTON (AP) — " stays in the lead; the AP is the source."""
    lead = "WASHINGTON (AP) — " + LEAD_EN
    result = extract_one("Blinken warns Moscow\n" + lead + "\n" + MORE_EN)
    assert result.body == [lead, MORE_EN]
    assert result.source.name == "Associated Press"


def test_tass_inline_dateline_beats_a_kicker():
    """Inline dateline (TASS) beats the unknown rubric line above the headline for the source."""
    lead = "MOSCOW, September 20. /TASS/. " + LEAD_EN
    result = extract_one(
        "Russian Politics & Diplomacy\nRussia remains open to dialogue, says Kremlin\n" + lead
    )
    assert result.title == "Russia remains open to dialogue, says Kremlin"
    assert result.source.name == "TASS" and result.body == [lead]


def test_french_datelines_afp_and_sputnik():
    """Inline dateline (AFP, Sputnik) in French: "PARIS, 5 nov (AFP) - ", "Moscou, 20 septembre
    (Sputnik) – " stay in the lead and name the agency."""
    lead = "PARIS, 5 nov (AFP) - " + LEAD_FR
    afp = extract_one("Un titre pour cet article\n" + lead)
    assert afp.body == [lead] and afp.agency == "AFP"
    lead = "Moscou, 20 septembre (Sputnik) – " + LEAD_FR
    sputnik = extract_one("Un titre pour cet article\n" + lead)
    assert sputnik.body == [lead] and sputnik.source.name == "Sputnik"


def test_capital_place_dash_dateline():
    """Inline dateline (Anadolu style) "ANKARA - " without an agency: the lead stays whole."""
    lead = "ANKARA - " + LEAD_EN
    result = extract_one("A title for this story\n" + lead)
    assert result.body == [lead]


def test_agency_in_capitals_after_the_place_is_the_source():
    """ "Lima, ANDINA – …", "Ankara, AA – …": the agency after the place names the source; the
    line stays body."""
    lead = "Lima, ANDINA – " + LEAD_EN
    result = extract_one("Peru and Ecuador review their fishing accord\n" + lead)
    assert result.body == [lead] and result.source.name == "Andina"
    lead = "Ankara, AA – " + LEAD_FR
    result = extract_one("La Turquie appelle à un cessez-le-feu\n" + lead)
    assert result.body == [lead] and result.source.name == "Anadolu"


def test_parenthesis_in_a_sentence_is_not_a_dateline():
    """Inline dateline: a party acronym in brackets at the start of a sentence is not one."""
    line = "Le président (LR) - qui s'exprimait jeudi devant le Sénat - a dit son inquiétude."
    assert extract_one("Un titre pour cet article\n" + line + "\n" + LEAD_FR).body[0] == line


def test_section_label_above_headline_is_navigation():
    """Kicker: "International" above the headline is navigation, neither title nor source."""
    result = extract_one(
        "International\nMoscou dit vouloir poursuivre les négociations\n" + LEAD_FR
    )
    assert result.title == "Moscou dit vouloir poursuivre les négociations"
    assert result.source is None


def test_byline_naming_an_outlet_is_the_source():
    """Outlet byline: "Par : FRANCE 24" is the source, not the author."""
    result = extract_one("Un titre pour cet article\nPar : FRANCE 24\n" + LEAD_FR)
    assert result.source.name == "France 24" and result.author is None
    assert signals(result)["Par : FRANCE 24"] == "byline"


def test_byline_outlet_with_agency():
    """Outlet byline: "Par Le Figaro avec AFP" → source Le Figaro, agency AFP."""
    result = extract_one(
        "Guerre en Ukraine\nUn titre pour cet article\nPar Le Figaro avec AFP\n" + LEAD_FR
    )
    assert result.source.name == "Le Figaro" and result.agency == "AFP"
    assert result.author is None


def test_reuters_staff_byline():
    """Outlet byline: "By Reuters Staff" names Reuters."""
    result = extract_one("A title for this story\nBy Reuters Staff\n" + LEAD_EN)
    assert result.source.name == "Reuters" and result.author is None


def test_credit_line_outlet_with_agency_is_not_the_title():
    """Credit line: "Le Monde avec AFP" (printed twice) is neither title nor body; Le Monde is the
    source, AFP the agency."""
    result = extract_one(
        "Moscou dit vouloir poursuivre les négociations\nLe Monde avec AFP\n"
        + LEAD_FR
        + "\n"
        + MORE_FR
        + "\nLe Monde avec AFP"
    )
    assert result.title == "Moscou dit vouloir poursuivre les négociations"
    assert result.source.name == "Le Monde" and result.agency == "AFP"
    assert result.body == [LEAD_FR, MORE_FR]


def test_trailer_after_end_credit_is_removed():
    """Trailer: after "Le Monde avec AFP" at the end, paywall and device-limit lines go."""
    tail = [
        "Lecture du Monde en cours sur un autre appareil.",
        "Vous pouvez lire Le Monde sur un seul appareil à la fois",
        "Ce message s'affichera sur l'autre appareil.",
    ]
    result = extract_one(
        "Un titre pour cet article\n"
        + LEAD_FR
        + "\n"
        + MORE_FR
        + "\nLe Monde avec AFP\n"
        + "\n".join(tail)
    )
    assert result.body == [LEAD_FR, MORE_FR]


def test_ap_copyright_and_contributor_lines():
    """Trailer: the AP's contributor line and copyright notice leave the body, and so does
    what follows."""
    result = extract_one(
        "A title for this story\n" + LEAD_EN + "\n" + MORE_EN + "\n"
        "Associated Press writer Jane Roe in Kyiv contributed to this report.\n"
        "Copyright 2022 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.\n"
        "Advertisement\nThe latest on the war, in one place every morning."
    )
    assert result.body == [LEAD_EN, MORE_EN]


def test_paragraphs_after_a_caption_credit_stay():
    """Trailer: a photo credit in the middle of the article does not end it."""
    result = extract_one(
        "Un titre pour cet article\n" + LEAD_FR + "\nPhoto : Jean Dupont / AFP\n" + MORE_FR
    )
    assert result.body == [LEAD_FR, MORE_FR]


def test_agency_credit_in_brackets_at_the_end():
    """Trailer: "(avec AFP)" closes the article and names the agency."""
    result = extract_one("Un titre pour cet article\n" + LEAD_FR + "\n" + MORE_FR + "\n(avec AFP)")
    assert result.body == [LEAD_FR, MORE_FR] and result.agency == "AFP"


def test_reading_time_line():
    """Page furniture: "Reading time 3 min" is UI text."""
    result = extract_one("A title for this story\nReading time 3 min\n" + LEAD_EN)
    assert result.body == [LEAD_EN]


def test_title_with_site_name_after_a_bar():
    """Title "Headline | Outlet": the headline is the title, the outlet the source."""
    result = extract_one("Turkey offers to host Russia-Ukraine talks | Al Jazeera\n" + LEAD_EN)
    assert result.title == "Turkey offers to host Russia-Ukraine talks"
    assert result.source.name == "Al Jazeera"


def test_bracketed_photo_credit_caption():
    """Caption: a line ending in "[Name/Agency]" is a credited caption, not body."""
    caption = "Turkish Foreign Minister speaks in Antalya [Cem Ozdel/Anadolu Agency]"
    result = extract_one("A title for this story\n" + LEAD_EN + "\n" + caption + "\n" + MORE_EN)
    assert caption not in result.body


def test_kicker_above_headline_is_not_the_title():
    """Kicker: a short rubric line right above a longer headline is navigation."""
    result = extract_one(
        "TASS\nRussian Politics & Diplomacy\nRussia remains open to dialogue with Washington, "
        "says Kremlin\n20 SEP 2022, 14:05\n" + LEAD_EN
    )
    assert result.title == "Russia remains open to dialogue with Washington, says Kremlin"
    assert result.source.name == "TASS"


def test_name_and_date_between_bars_is_metadata():
    """Date line (Anadolu style): "Jane Roe |09/20/2022" leaves the body and dates the page."""
    result = extract_one("A title for this story\nJane Roe |09/20/2022\n" + LEAD_EN)
    assert result.body == [LEAD_EN] and result.published.date().isoformat() == "2022-09-20"


def test_bare_name_byline_next_to_the_date():
    """Byline without "By" (Guardian style): "Andrew Roth in Moscow" beside the date line is the
    byline; the date above the lead still dates the page."""
    result = extract_one(
        "A title for this story\nJane Roe in Moscow\nMon 7 Nov 2022 12.05 GMT\n" + LEAD_EN
    )
    assert result.body == [LEAD_EN] and result.author == "Jane Roe"
    assert result.published.date().isoformat() == "2022-11-07"


def test_click_here_prompt_is_ui_text():
    """Page furniture (Ouest-France style): "Cet article vous a été utile ? … en cliquant ici"."""
    prompt = (
        "Cet article vous a été utile ? Sachez que vous pouvez suivre notre journal sur son "
        "compte en cliquant ici."
    )
    result = extract_one("Un titre pour cet article\n" + LEAD_FR + "\n" + MORE_FR + "\n" + prompt)
    assert result.body == [LEAD_FR, MORE_FR]


def test_photo_credit_with_copyright_sign_mid_article():
    """Trailer: "© AFP/Archives" under a photo mid-article does not end the article."""
    third = (
        "Les négociations doivent reprendre la semaine prochaine à Genève, sous l'égide de l'ONU."
    )
    result = extract_one(
        "Un titre pour cet article\n" + LEAD_FR + "\n" + MORE_FR + "\n© AFP/Archives\n" + third
    )
    assert result.body == [LEAD_FR, MORE_FR, third]


def test_publisher_notice_names_the_source():
    """Publisher notice (Anadolu style): a closing line in the outlet's name about its
    subscribers leaves the body and names the source."""
    notice = (
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers, and in summarized form."
    )
    result = extract_one("A title for this story\n" + LEAD_EN + "\n" + MORE_EN + "\n" + notice)
    assert result.body == [LEAD_EN, MORE_EN] and result.source.name == "Anadolu"
