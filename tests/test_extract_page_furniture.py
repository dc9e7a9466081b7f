"""Classes of page furniture seen on real scraped pages (issue #9), on invented pages:
crawler prefixes, site clocks, skip links, menu bars, captions and links above the headline,
date labels, signatures, photo credits, "full story at" footers, comment forms, cookie
banners, widget errors, scraper artefacts, and truncated last lines."""

from tests.goldscore import extract_one, signals

LEAD_EN = (
    "Peru and Ecuador agreed on Monday to review the fishing accord that governs their shared "
    "waters, the two foreign ministries said in a joint statement issued in Lima."
)
MORE_EN = (
    "The review will cover quotas for anchovy and tuna, a source of friction since the accord "
    "was signed, and should be completed before the next season opens in April."
)
LEAD_FR = (
    "La Finlande et la Norvège ont signé jeudi un accord sur la pêche dans la mer de Barents, "
    "a annoncé le ministère finlandais des Affaires étrangères dans un communiqué."
)
MORE_FR = (
    "Le texte prévoit une révision annuelle des quotas et la création d'une commission mixte "
    "chargée de trancher les différends entre les flottes des deux pays."
)


# -- titles ------------------------------------------------------------------------------
def test_crawler_prefix_gives_the_date_and_leaves_the_title():
    """A crawler prefix (" date 2021-06-03 Headline") gives the date; the headline after it is
    the title and the prefix is no part of it."""
    page = " date 2021-06-03 Finland, Norway sign fisheries accord\n" + LEAD_EN + "\n" + MORE_EN
    result = extract_one(page)
    assert result.title == "Finland, Norway sign fisheries accord"
    assert result.published.date().isoformat() == "2021-06-03"
    assert result.body == [LEAD_EN, MORE_EN]


def test_crawler_prefix_with_a_url_and_a_button():
    """ "https://… date 2022-01-10 SIGN UP": the prefix goes, the button goes, the headline
    below is the title."""
    page = (
        "https://news.example.org/world/fisheries-accord date 2022-01-10 SIGN UP\n"
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.published.date().isoformat() == "2022-01-10"
    assert result.body == [LEAD_FR, MORE_FR]


def test_site_clock_skip_links_and_menu_bar_are_not_the_title():
    """A site clock, skip links and a menu bar without separators above the headline."""
    page = (
        "Skip to main content\nSkip to navigation\n11:15 GMT +122 May 2018\n"
        "Home World Business Politics Video Opinion\n"
        "Lima, Quito discuss fisheries — ministry\n"
        "The two capitals want a joint patrol before the season opens\n" + LEAD_EN + "\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.title == "Lima, Quito discuss fisheries — ministry"
    assert result.body[-2:] == [LEAD_EN, MORE_EN]


def test_french_skip_links_and_double_arrow_link():
    """ "Aller au contenu principal", a ">>" link and a caption ending with " |" above the
    headline are furniture."""
    page = (
        "Aller au contenu principal\nToutes nos vidéos >>\n"
        "Le port de Tromsø, au nord du pays |\n"
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.body == [LEAD_FR, MORE_FR]


def test_caption_and_credit_above_the_headline():
    """A photo caption followed by its credit above the headline is neither title nor body."""
    page = (
        "Fishing boats moored in the port of Callao, Peru\n© REUTERS / Carla Mendes\n"
        "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.title == "Peru and Ecuador to review fishing accord"
    assert result.body == [LEAD_EN, MORE_EN]
    assert result.source is None or result.source.name != "Reuters"


# -- dates -------------------------------------------------------------------------------
def test_date_line_away_from_its_label():
    """ "Publié le" on one line, the date two lines below: the labelled date wins over a
    date of a teaser above."""
    page = (
        "Finlande et Norvège signent un accord de pêche\nPublié le\nPar Élodie Varenne\n"
        "14-02-2022\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.published.date().isoformat() == "2022-02-14"
    assert result.author == "Élodie Varenne"
    assert result.body == [LEAD_FR, MORE_FR]


def test_signature_with_a_spaced_date():
    """A signature "Name 03 - 07 - 2020" below the article gives author and date."""
    page = (
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR + "\n"
        "Mikko Aaltonen 03 - 07 - 2020"
    )
    result = extract_one(page)
    assert result.published.date().isoformat() == "2020-07-03"
    assert result.author == "Mikko Aaltonen"
    assert result.body == [LEAD_FR, MORE_FR]


def test_byline_with_published_date_and_time():
    """ "Ana Souza Published March 3, 2022 | 10:15 AM": author and date, out of the body."""
    page = (
        "Peru and Ecuador to review fishing accord\n"
        "Ana Souza Published March 3, 2022 | 10:15 AM\n" + LEAD_EN + "\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.author == "Ana Souza"
    assert result.published.date().isoformat() == "2022-03-03"
    assert result.body == [LEAD_EN, MORE_EN]


# -- sources -----------------------------------------------------------------------------
def test_full_story_footer_names_the_source():
    """ "Read the full story at Reuters" / « Lire l'article complet sur Le Monde » name the
    outlet and leave the body."""
    page = "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN
    result = extract_one(page + "\nRead the full story at Reuters")
    assert result.source.name == "Reuters" and result.body == [LEAD_EN, MORE_EN]
    page = "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    result = extract_one(page + "\nLire l'article complet sur Le Monde")
    assert result.source.name == "Le Monde" and result.body == [LEAD_FR, MORE_FR]


def test_tag_word_equal_to_an_outlet_is_not_a_credit():
    """A tag list under the article whose words include an outlet's name names no source."""
    page = (
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR + "\n"
        "Mots-clés :\nNorvège\nPêche\nReuters\nMer de Barents"
    )
    result = extract_one(page)
    assert result.source is None
    assert result.body == [LEAD_FR, MORE_FR]


def test_photo_credit_is_not_the_source():
    """ "© REUTERS / Name" under a photo credits the photo; the byline's outlet is the source."""
    page = (
        "Peru and Ecuador to review fishing accord\nBy Ana Souza, Lima Daily Courier\n"
        "© REUTERS / Carla Mendes\n" + LEAD_EN + "\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.source.name == "Lima Daily Courier"


# -- boilerplate -------------------------------------------------------------------------
def test_french_comment_form_is_furniture():
    """A comment form under a French article leaves the body, line by line."""
    form = [
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Votre e-mail ne sera pas affiché publiquement.",
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
        "commentaire.",
    ]
    page = "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    result = extract_one(page + "\n" + "\n".join(form))
    assert result.body == [LEAD_FR, MORE_FR]


def test_english_cookie_banner_widget_error_and_player_counter():
    """A cookie banner with its buttons, a widget error and a player's counter."""
    page = (
        "Peru and Ecuador to review fishing accord\n"
        "We use cookies to improve your experience and to show you relevant advertising.\n"
        "Reject all\nManage options\nI agree\n00:00 / 02:35\n" + LEAD_EN + "\n"
        "Sorry, this content could not be loaded.\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.body == [LEAD_EN, MORE_EN]
    assert result.title == "Peru and Ecuador to review fishing accord"


def test_scraper_artefacts_are_furniture():
    """An XPath, an image URL and a two-step breadcrumb are no part of the article."""
    page = (
        "Accueil » International\n/html/body/div[2]/main/article/div[1]/p[3]\n"
        "Finlande et Norvège signent un accord de pêche\n"
        "https://cdn.example-news.org/images/2022/02/port-tromso.jpg\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.body == [LEAD_FR, MORE_FR]


def test_truncated_last_line_stays_in_the_body():
    """An excerpt cut in the middle of its last sentence keeps that last line."""
    cut = "Selon la ministre finlandaise, les premières patrouilles communes pourraient avoir lieu"
    page = "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    result = extract_one(page + "\n" + cut)
    assert result.body == [LEAD_FR, MORE_FR, cut]


def test_keyword_line_is_furniture():
    """ "Keywords: fisheries, Peru, Ecuador" under the article is a tag line."""
    page = "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN
    result = extract_one(page + "\nKeywords: fisheries, Peru, Ecuador")
    assert result.body == [LEAD_EN, MORE_EN]
    assert "Keywords: fisheries, Peru, Ecuador" in signals(result)


def test_site_clock_above_gives_way_to_the_date_by_the_headline():
    """Two date lines above the article: the site's clock at the top and the article's date by
    the headline; the one nearest the headline is the publication date."""
    page = (
        "Projets\nMardi 30 avril 2024\nToute l'actualité\n11 avril 2024, 13:28\n"
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    )
    assert extract_one(page).published.date().isoformat() == "2024-04-11"


def test_identifier_lines_are_not_the_title():
    """ "News ID: 85001428", "Journalist ID: 5331", "1 Persons" above a repeated headline."""
    page = (
        "Jan 17, 2023, 1:36 PM\nJournalist ID: 5331\nNews ID: 85001428\n1 Persons\n"
        "Peru and Ecuador to review fishing accord\n"
        "Jan 17, 2023, 1:36 PM\nNews ID: 85001428\nPeru and Ecuador to review fishing accord\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
        + "\nYou are replying to: ."
    )
    result = extract_one(page)
    assert result.title == "Peru and Ecuador to review fishing accord"
    assert result.body == [LEAD_EN, MORE_EN]


def test_byline_with_relative_time_and_weekday():
    """ "Name 10 seconds ago Thu 10th September 2020 | 08:23 PM" is a byline with a date."""
    page = (
        "Peru and Ecuador to review fishing accord\n"
        "Tomás Quispe 10 seconds ago Thu 10th September 2020 | 08:23 PM\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    result = extract_one(page)
    assert result.author == "Tomás Quispe"
    assert result.published.date().isoformat() == "2020-09-10"
    assert result.body == [LEAD_EN, MORE_EN]


def test_outlet_and_rubric_line_is_the_source_not_the_author():
    """ "Anadolu Agency DIPLOMACY" under the headline: the agency, never an author; a contact
    link at the top is not the site's name; "February 22,2024" is a date."""
    page = (
        "Contact Us\nPeru and Ecuador to review fishing accord\nAnadolu Agency DIPLOMACY\n"
        "Published February 22,2024\n" + LEAD_EN + "\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.author is None
    assert result.source.name == "Anadolu"
    assert result.published.date().isoformat() == "2024-02-22"


def test_image_tag_and_rubric_path_are_furniture():
    """An image tag left by the scraper and a rubric path « Norvège | Géopolitique » are no part
    of the article, nor its source."""
    page = (
        "Norvège | Géopolitique\nFinlande et Norvège signent un accord de pêche\n"
        '<image>data:image/s3,"s3://crabby-images/ba547/ba5472e17e34bc8c3b1bfc35be7327a4a9df21e7" '
        'alt="Un port"</image>\n' + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.body == [LEAD_FR, MORE_FR]
    assert result.source is None


def test_caption_repeated_with_its_credit_is_not_the_title():
    """A caption above the headline, « Plein écran », and the same caption with « © epa »."""
    caption = "Le ministre finlandais Aku Rantala (à droite) et son homologue norvégien à Oslo"
    page = (
        f"{caption}\nPlein écran\n{caption} © epa\n"
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.body == [LEAD_FR, MORE_FR]


def test_agency_glued_to_the_end_of_the_lede_and_its_copy_behind_a_copyright_sign():
    """ "….-(Reuters)" at the end of the lede names the source; the lede repeated behind "© "
    is a caption."""
    lead = LEAD_FR + "-(Reuters)"
    page = "Finlande et Norvège signent un accord de pêche\n" + lead + "\n© " + lead
    result = extract_one(page)
    assert result.source.name == "Reuters"
    assert result.body == [lead]


def test_dotted_date_line_after_a_standfirst():
    """ "09.03.2023" is a date line, not a counter, and still dates the page after a long
    standfirst that stands between the headline and the date."""
    standfirst = (
        "Les deux pays veulent une commission mixte avant l'ouverture de la saison, selon "
        "plusieurs diplomates qui suivent le dossier depuis de longs mois à Helsinki et à Oslo."
    )
    page = (
        "Finlande et Norvège signent un accord de pêche\n" + standfirst + "\n09.03.2023\n"
        "Mikko Aaltonen\n" + LEAD_FR + "\n" + MORE_FR
    )
    assert extract_one(page).published.date().isoformat() == "2023-03-09"


def test_date_next_to_the_end_credit():
    """A date line right after the agency's end credit under the article dates the page; a
    lone date under a teaser header does not."""
    page = "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    signed = extract_one(page + "\n(ATS)\n23.01.2024, 16:05\nPartager l'article")
    assert signed.published.date().isoformat() == "2024-01-23"
    teaser = extract_one(page + "\nÀ lire aussi\n23.01.2024\nUn autre titre d'article ici")
    assert teaser.published is None


def test_ambiguous_numeric_date_completes_the_same_day_without_year():
    """ "Sep. 5" above and "Published: 9/5/2023" below on an English page: the full date is
    ambiguous alone, but it gives the year of the day and month printed above."""
    page = (
        "Peru and Ecuador to review fishing accord\n17:20 | Lima, Sep. 5.\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
        + "\nPublished: 9/5/2023"
    )
    result = extract_one(page)
    assert result.published.date().isoformat() == "2023-09-05" and result.published_inferred


def test_site_name_in_title_case_outranks_the_agency_it_credits():
    """ "The Lima Daily Courier" above the menu names the page's source; "(avec AFP)" under
    the article names the agency only."""
    page = (
        "The Lima Daily Courier\nSubscribe\nWorld\nBusiness\n"
        "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN + "\n(with AFP)"
    )
    result = extract_one(page)
    assert result.source.name == "The Lima Daily Courier" and result.agency == "AFP"


def test_site_name_below_a_cookie_banner_and_an_institution_name():
    """Below a skip link or a consent banner, the first name in title case names the site,
    French institutional names included."""
    page = (
        "Aller au contenu\nMinistère de la Mer extérieure\nAccueil › Presse › Communiqués\n"
        "Finlande et Norvège signent un accord de pêche\n14-02-2022\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.source.name == "Ministère de la Mer extérieure"
    assert result.published.date().isoformat() == "2022-02-14"
    page = (
        "This website uses cookies\nAllow all\nDeny\nAdriatic Coast Times\n"
        "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN
    )
    assert extract_one(page).source.name == "Adriatic Coast Times"


def test_full_story_footer_outranks_the_aggregator_and_agency_under_the_headline():
    """An aggregator's page: "Full story at X" names the source, not the aggregator's name;
    an agency printed in the byline's place under the headline is the source."""
    page = (
        "Pacific News Digest\nLatest\nPolitics\nPeru and Ecuador to review fishing accord\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
        + "\nFull story at The Callao Post"
    )
    assert extract_one(page).source.name == "The Callao Post"
    page = (
        "Le Fil du Golfe\nMonde\nFinlande et Norvège signent un accord de pêche\nReuters\n"
        + LEAD_FR
        + "\n"
        + MORE_FR
    )
    assert extract_one(page).source.name == "Reuters"


def test_place_in_capitals_is_no_source_and_owner_before_copyright_is():
    """ "OSLO" alone under the headline is a place; "Nordkapp Herald © 2021" is the owner."""
    page = "Finlande et Norvège signent un accord de pêche\nOSLO\n" + LEAD_FR + "\n" + MORE_FR
    assert extract_one(page).source is None
    result = extract_one(page + "\nNordkapp Herald © 2021")
    assert result.source.name == "Nordkapp Herald"


def test_editor_and_spokesperson_lines_are_not_the_title():
    """ "Editor: Li Wen" and "Name, Department Spokesperson" under the headline are bylines
    (neither names the article's author); a correspondent's is the author."""
    page = (
        "Peru and Ecuador to review fishing accord\nSource: Xinhua\nEditor: Li Wen\n"
        "Tomás Quispe-Ruiz, Department Spokesperson\n2022-03-08 21:40:15\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    result = extract_one(page)
    assert result.title == "Peru and Ecuador to review fishing accord"
    assert result.author is None and result.body == [LEAD_EN, MORE_EN]
    page = "Peru and Ecuador to review fishing accord\nAna Souza, Senior Correspondent\n"
    assert extract_one(page + LEAD_EN + "\n" + MORE_EN).author == "Ana Souza"


def test_rubric_label_latest_news_header_and_question_headline():
    """ "Rubrique : Mer du Nord" is navigation; a "Latest News" menu header does not swallow
    the headline below it; a headline that asks a question is the title, not the text."""
    page = (
        "Rubrique : Mer du Nord\nFinlande et Norvège signent un accord de pêche\n15 mars 2023\n"
        + LEAD_FR
        + "\n"
        + MORE_FR
    )
    assert extract_one(page).title == "Finlande et Norvège signent un accord de pêche"
    page = (
        "Home\nLatest News\nPeru and Ecuador to review fishing accord\n"
        "Last Updated : Mar 03 2:20 PM IST\n" + LEAD_EN + "\n" + MORE_EN
    )
    assert extract_one(page).title == "Peru and Ecuador to review fishing accord"
    question = "Le « plan Barents » pour la Norvège, une promesse de plus ?"
    page = "Notes d'un ancien diplomate\nAccueil\n" + question + "\n" + LEAD_FR + "\n" + MORE_FR
    result = extract_one(page)
    assert result.title == question and result.body == [LEAD_FR, MORE_FR]


def test_caption_with_photographer_and_agency_above_the_headline():
    """ "… le 3 octobre. Photo Rasa Vilkaitė. AFP" above the headline is a caption."""
    page = (
        "Manifestation devant l'ambassade à Oslo, le 3 octobre. Photo Rasa Vilkaitė. AFP\n"
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.body == [LEAD_FR, MORE_FR]


def test_paywall_notices_french_and_english():
    """Paywall notices leave the body: « Il vous reste 72% de cet article à lire. », « La suite
    est réservée aux abonnés. », "Get unlimited access for $1 a week. Cancel anytime." """
    page = "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    result = extract_one(
        page + "\nIl vous reste 72% de cet article à lire.\nLa suite est réservée aux abonnés."
    )
    assert result.body == [LEAD_FR, MORE_FR]
    page = "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN
    result = extract_one(page + "\nGet unlimited access for $1 a week. Cancel anytime.")
    assert result.body == [LEAD_EN, MORE_EN]


def test_editorial_and_syndication_notes():
    """Notes on the text itself: edited for length, the author's own views, first published
    elsewhere (English and French)."""
    notes = [
        "This interview has been edited for length and clarity.",
        "The views expressed are the author's own.",
        "This report by a regional wire was first published Feb. 9, 2023.",
    ]
    page = "Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN + "\n"
    assert extract_one(page + "\n".join(notes)).body == [LEAD_EN, MORE_EN]
    notes = [
        "Ce reportage a été publié pour la première fois le 3 mars 2022.",
        "Cet article est paru dans le numéro 3842 de notre hebdomadaire.",
    ]
    page = "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR + "\n"
    assert extract_one(page + "\n".join(notes)).body == [LEAD_FR, MORE_FR]


def test_tagline_video_teaser_and_player_lines():
    """A site's tagline under its name above the menu, a "Watch:" teaser, « Vidéo suivante dans 5
    secondes » and a failed share counter are furniture."""
    page = (
        "Pacific Coast Wire\nExclusive news and analysis for coastal affairs professionals\n"
        "World\nBusiness\nMarkets\nPeru and Ecuador to review fishing accord\n"
        + LEAD_EN
        + "\nWatch: the two ministers sign the accord in Lima\n"
        + MORE_EN
        + "\nVidéo suivante dans 5 secondes\nLe compteur de partages n'a pas pu être chargé."
    )
    result = extract_one(page)
    assert result.title == "Peru and Ecuador to review fishing accord"
    assert result.body == [LEAD_EN, MORE_EN]


def test_outlet_bylines_posted_by_and_acronym_before_the_byline():
    """ "par Canal Nord 24" names an outlet, not an author; "Posted by Ana Souza in Analysis"
    and « NRH / Par Ana Souza, le 03 mars 2022 à 10h15 » are bylines."""
    page = "Finlande et Norvège signent un accord de pêche\npar Canal Nord 24\n"
    result = extract_one(page + LEAD_FR + "\n" + MORE_FR)
    assert result.source.name == "Canal Nord 24" and result.author is None
    page = "Peru and Ecuador to review fishing accord\nPosted by Ana Souza in Analysis\n"
    result = extract_one(page + LEAD_EN + "\n" + MORE_EN)
    assert result.author == "Ana Souza" and result.body == [LEAD_EN, MORE_EN]
    page = (
        "Finlande et Norvège signent un accord de pêche\n"
        "NRH / Par Ana Souza, le 03 mars 2022 à 10h15\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.author == "Ana Souza" and result.body == [LEAD_FR, MORE_FR]
    assert result.published.date().isoformat() == "2022-03-03"


def test_menu_word_and_font_buttons_at_the_top_are_not_the_source():
    """A single menu word on the first line and "T T" font buttons name no site: the agency
    in the lede's dateline is the source."""
    page = (
        "Projects\nGovernment Bodies\nJan 17, 2023, 1:36 PM\nT T\n"
        "Peru and Ecuador to review fishing accord\nLIMA, 11 April (Reuters) - "
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    assert extract_one(page).source.name == "Reuters"


def test_agency_alone_in_brackets_and_place_bullet_agency_lines():
    """ "(VNW) - …" opening the lede and "Oslo • NRK" under the headline name the source."""
    lead = "(VNW) - " + LEAD_FR
    result = extract_one("Finlande et Norvège signent un accord de pêche\n" + lead + "\n" + MORE_FR)
    assert result.source.name == "VNW" and result.body[0] == lead
    page = "Peru and Ecuador to review fishing accord\nLima • PCW\n" + LEAD_EN + "\n" + MORE_EN
    result = extract_one(page)
    assert result.source.name == "PCW" and result.body == [LEAD_EN, MORE_EN]


def test_wordpress_comment_form_back_link_and_teaser_with_views():
    """ "< Back", a teaser glued to its date and view count, and a WordPress comment form."""
    page = (
        "< Back\nPeru and Ecuador to review fishing accord\nApr 18, 2023\n"
        + LEAD_EN
        + "\nQuito: talks on tuna quotas stall againFeb 26 2024, 07:39 AM • 27317 views\n"
        + MORE_EN
        + "\nAuthor - Ana Souza, 18/04/2023\nNo comments yet»\nLeave a Reply\n"
        "Fill in your details below or click an icon to log in:\n"
        "You are commenting using your WordPress.com account. Log Out /  Change )\n"
        "%d bloggers like this:"
    )
    result = extract_one(page)
    assert result.body == [LEAD_EN, MORE_EN]
    assert result.source is None and result.author == "Ana Souza"
    assert result.published.date().isoformat() == "2023-04-18"


def test_slogan_under_the_site_name_and_rubric_with_date():
    """A slogan under the site's name is not the title; "Politics Country January 27, 2025"
    is a rubric with the date, no author."""
    page = (
        "Pacific Briefing\nYour exclusive coastal news handpicked daily!\n"
        "Newsline: Peru and Ecuador to review fishing accord\n" + LEAD_EN + "\n" + MORE_EN
    )
    assert extract_one(page).title == "Newsline: Peru and Ecuador to review fishing accord"
    page = (
        "Politics Country January 27, 2025\nPeru and Ecuador to review fishing accord\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    result = extract_one(page)
    assert result.author is None and result.published.date().isoformat() == "2025-01-27"


def test_crawler_month_completes_the_lede_date():
    """ " date 2024-04 LIMA, April 15 (Reuters) - …": the crawler's month gives the year of
    the day the dateline prints; the agency is the source; the prefix leaves the lede."""
    lead = "LIMA, April 15 (Reuters) - " + LEAD_EN
    result = extract_one(" date 2024-04 " + lead + "\n" + MORE_EN)
    assert result.published.date().isoformat() == "2024-04-15" and result.published_inferred
    assert result.source.name == "Reuters" and result.body == [lead, MORE_EN]
    other_month = extract_one(" date 2024-05 " + lead + "\n" + MORE_EN)
    assert other_month.published is None


def test_crawler_prefix_below_the_menu_and_copyright_owner_before_a_distributor():
    """A crawler prefix on the first line of the text under the menu; « Copyright © 2019 X.
    Tous droits réservés. Distribué par Y » names X."""
    page = (
        "Actualités africaines\nAfrique Centrale\n date 2019-03 "
        + LEAD_FR
        + "\n"
        + MORE_FR
        + "\nCopyright © 2019 Les Nouvelles du Fleuve. Tous droits réservés. "
        "Distribué par Actualités africaines"
    )
    result = extract_one(page)
    assert result.body == [LEAD_FR, MORE_FR]
    assert result.source.name == "Les Nouvelles du Fleuve"
    assert result.published is None


def test_year_first_dotted_date_and_blog_furniture():
    """ "2021.02.17. 14:20" is the date line; blog buttons above a date line above the
    headline are not the title."""
    page = (
        "Peru and Ecuador to review fishing accord\nAna Souza\n2021.02.17. 14:20\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    assert extract_one(page).published.isoformat().startswith("2021-02-17T14:20")
    page = (
        "Overblog Suivre ce blog\nAdministration Créer mon blog\n12 juin 2014 18:51\n"
        "Finlande et Norvège signent un accord de pêche\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.published.date().isoformat() == "2014-06-12"


def test_language_bar_and_event_date_in_the_headline():
    """A bar of language versions is navigation; the date line under a headline that names
    the day of the event (« … on July 17 ») is the publication date."""
    page = (
        "عربي Español Русский Français 中文\nHome > Press Releases\n"
        "Spokesperson's Regular Press Conference on July 17, 2020\n2020-07-18 00:48\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    result = extract_one(page)
    assert result.title == "Spokesperson's Regular Press Conference on July 17, 2020"
    assert result.published.date().isoformat() == "2020-07-18"
    assert result.body == [LEAD_EN, MORE_EN]


def test_caption_between_the_date_and_the_lede():
    """A caption naming a day between the date line and the lede leaves the body; a deck
    right under the headline stays."""
    deck = "Les deux pays veulent une commission mixte avant la saison"
    page = (
        "Finlande et Norvège signent un accord de pêche\n" + deck + "\nPar Élodie Varenne\n"
        "Publié le 4 octobre 2023 à 19h12\n"
        "Le ministre finlandais Aku Rantala à Oslo, le 3 octobre 2023\n" + LEAD_FR + "\n" + MORE_FR
    )
    result = extract_one(page)
    assert result.title == "Finlande et Norvège signent un accord de pêche"
    assert result.body == [deck, LEAD_FR, MORE_FR]
    assert result.published.date().isoformat() == "2023-10-04"


def test_blog_footers_french():
    """WordPress and blog footers in French: « Nos lecteurs ont lus aussi » opens teasers,
    « Commentaires récents », « Exit mobile version », a newsletter prompt."""
    page = (
        "Finlande et Norvège signent un accord de pêche\n"
        + LEAD_FR
        + "\nSuite ci-dessous\n"
        + MORE_FR
        + "\nNos lecteurs ont lus aussi\nLa Suède rejoint le dialogue sur la pêche arctique\n"
        "Commentaires récents\nPour être informé des derniers articles, inscrivez vous :\n"
        "Exit mobile version"
    )
    assert extract_one(page).body == [LEAD_FR, MORE_FR]


def test_byline_with_bars_lone_name_by_the_date_and_author_note():
    """ "By Name | 28 Jun 2022 | 14:07" is a byline, not a menu; a lone name above the date
    line is the author; the closing note about the author leaves the body."""
    page = (
        "Peru and Ecuador to review fishing accord\nBy Ana Souza | 28 Jun 2022 | 14:07\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
    )
    result = extract_one(page)
    assert result.author == "Ana Souza" and result.body == [LEAD_EN, MORE_EN]
    standfirst = (
        "A former ambassador argues that the fisheries commission must be saved, whatever "
        "happens to the wider talks between the two capitals this winter."
    )
    page = (
        "The fisheries commission cannot survive another pause\n" + standfirst + "\n"
        "Sir Edmund Varley\nMon 11 Oct 2021 06.00 BST\n" + LEAD_EN + "\n" + MORE_EN + "\n"
        "Sir Edmund Varley was ambassador to Peru from 2009 to 2014."
    )
    result = extract_one(page)
    assert result.author == "Sir Edmund Varley"
    assert result.body == [standfirst, LEAD_EN, MORE_EN]


def test_paragraph_cut_by_a_paywall_stays_and_labelled_times_go():
    """The last paragraph cut by the paywall stays body; « Publié à 12:05 » and "Updated -
    March 03, 2022 10:15 pm IST - NEW DELHI" are date lines."""
    cut = (
        "The two reporters, who work for a weekly in Callao, were arrested while filming "
        "near the port o"
    )
    page = (
        "Peru and Ecuador to review fishing accord\n"
        "Updated - March 03, 2022 10:15 pm IST - NEW DELHI\n"
        + LEAD_EN
        + "\n"
        + MORE_EN
        + "\n"
        + cut
        + "\nSubscribe to continue reading\nAlready a subscriber? Sign in"
    )
    result = extract_one(page)
    assert result.body == [LEAD_EN, MORE_EN, cut]
    assert result.published.date().isoformat() == "2022-03-03"
    page = "Finlande et Norvège signent un accord de pêche\nPublié à 12:05\n" + LEAD_FR
    assert extract_one(page + "\n" + MORE_FR).body == [LEAD_FR, MORE_FR]


def test_dateline_after_a_byline_glued_to_the_lede():
    """ "By Ana Souza and Tomás Quispe LIMA (Reuters) - …": the agency inside the lede's first
    words names the source; the line stays body."""
    lead = "By Ana Souza and Tomás Quispe LIMA (Reuters) - " + LEAD_EN
    result = extract_one("Peru and Ecuador to review fishing accord\n" + lead + "\n" + MORE_EN)
    assert result.source.name == "Reuters" and result.body == [lead, MORE_EN]


def test_author_name_above_the_headline_is_no_site_name():
    """ "Ana Souza" printed above the headline is the author, not the site."""
    page = (
        "Skip to main content\nAna Souza\nWorld\nPeru and Ecuador to review fishing accord\n"
        "March 3, 2022\nLIMA (Reuters) - " + LEAD_EN + "\n" + MORE_EN
    )
    result = extract_one(page)
    assert result.source.name == "Reuters"


def test_headline_in_title_case_right_above_the_lede_is_the_title_not_the_site():
    """A name-shaped headline with nothing between it and the lede is the headline; the
    same line under a site's name is the headline too, and the name is the source."""
    headline = "Accord de pêche en mer de Barents"
    result = extract_one(headline + "\n" + LEAD_FR + "\n" + MORE_FR)
    assert result.title == headline
    assert result.source is None
    result = extract_one("Gazette du Nord\n" + headline + "\n" + LEAD_FR + "\n" + MORE_FR)
    assert result.title == headline
    assert result.source is not None and result.source.name == "Gazette du Nord"
