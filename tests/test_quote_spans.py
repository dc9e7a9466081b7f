"""Quote spans on real-page shapes: short governed quotes, incises of short quotes, headline
quotes, hard-wrapped lines, broken marks, quotes cut by the end of the excerpt."""

from archive.ingest.quotes import extract_quotes
from tests.goldscore import extract_one, speakers

FR_TITLE = "Les deux pays reprennent les discussions sur la pêche en mer du Nord"
EN_TITLE = "Two neighbours resume talks on fishing rights in the North Sea"


def page(title: str, *lines: str) -> str:
    return "\n\n".join((title, *lines)) + "\n"


def texts(body, title=None, language="fr"):
    return [s.text for s in extract_quotes(title, body, language)]


# Partial quotes of 1-4 words governed by a verb of speech or judgment.


def test_french_verbs_of_judgment_govern_a_short_quoted_object():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre norvégien de la Pêche, Olav Brekke, a fustigé mardi « un chantage "
            "inacceptable ».",
            "Son homologue islandaise Sigrun Halldorsdottir a salué « une avancée réelle » "
            "tandis que la commissaire Lucía Ferrandis a qualifié la décision de « regrettable ».",
        )
    )
    assert speakers(result) == [
        ("un chantage inacceptable", "Olav Brekke"),
        ("une avancée réelle", "Sigrun Halldorsdottir"),
        ("regrettable", "Lucía Ferrandis"),
    ]


def test_english_verbs_that_call_something_govern_a_short_quote():
    result = extract_one(
        page(
            EN_TITLE,
            'Kenyan envoy Amos Kiprono described the plan as a "clear step backwards" on Monday.',
            "Fisheries minister Tobias Renk labeled the proposal \u201ca nonstarter\u201d, "
            "while opposition leader Carla Mendes branded it \u201ca betrayal\u201d.",
        )
    )
    assert speakers(result) == [
        ("clear step backwards", "Amos Kiprono"),
        ("a nonstarter", "Tobias Renk"),
        ("a betrayal", "Carla Mendes"),
    ]


def test_what_the_speaker_called_is_the_speakers_words():
    body = ["Renk left the talks over what he called \u201cblackmail by other means\u201d."]
    assert texts(body, language="en") == ["blackmail by other means"]


def test_scare_quotes_names_and_statuses_stay_out():
    """No speaker governs them: a plan's name, a newspaper, a term in a noun phrase, a
    passive status."""
    fr = [
        "Le plan « Horizon bleu » a été présenté au quotidien « La Voix du Nord ».",
        "Depuis l'été, le « dialogue » entre les deux flottes piétine.",
    ]
    en = [
        'The so-called "Blue Horizon" plan was sent to the "Northern Daily" newspaper.',
        'Two attachés had been declared "persona non grata" by the ministry.',
    ]
    assert texts(fr) == []
    assert texts(en, language="en") == []


# Short quotes with an incise.


def test_short_quote_with_its_incise_is_a_statement():
    fr = extract_one(
        page(
            FR_TITLE,
            "« C'est inacceptable », a déclaré la ministre Rosa Ibarra.",
            "« Jamais », a-t-elle répondu à une question sur un retrait.",
        )
    )
    assert speakers(fr) == [("C'est inacceptable", "Rosa Ibarra"), ("Jamais", "Rosa Ibarra")]
    en = extract_one(
        page(EN_TITLE, '"This is unacceptable," said Foreign Minister Rosa Ibarra.'),
    )
    assert speakers(en) == [("This is unacceptable", "Rosa Ibarra")]


# Headline quotes.


def test_a_quote_a_headline_verb_governs_is_a_statement_whatever_its_capitals():
    spans = extract_quotes("Helsinki Calls Fishing Deal \u2018Fair to All\u2019", [], "en")
    assert [s.text for s in spans] == ["Fair to All"]
    assert spans[0].first_para == -1


def test_a_headline_quote_repeated_in_the_body_is_one_statement():
    body = ["« Nous voulons poursuivre les négociations », a déclaré la ministre."]
    title = "Pêche : Oslo veut « poursuivre les négociations »"
    assert texts(body, title) == ["Nous voulons poursuivre les négociations"]


# Broken and wrapped marks.


def test_quote_hard_wrapped_over_several_lines():
    body = [
        '"We expect a reply from',
        "our partners by Friday at the latest, and we",
        'will wait until then," Amos Kiprono told',
        "reporters.",
    ]
    spans = extract_quotes(None, body, "en")
    assert [s.text for s in spans] == [
        "We expect a reply from our partners by Friday at the latest, and we will wait until then"
    ]
    assert (spans[0].first_para, spans[0].last_para) == (0, 2)


def test_a_wrapped_line_that_opens_another_quote_is_not_a_continuation():
    body = ['He said "we are ready to sign the accord', '"and nothing else," she replied.']
    assert texts(body, language="en") == ["and nothing else"]


def test_reversed_opening_guillemet_after_a_colon():
    body = ["Le ministre Jonas Berg a déclaré : » Nous ne céderons sur rien dans cette affaire »."]
    assert texts(body) == ["Nous ne céderons sur rien dans cette affaire"]


def test_quote_cut_by_the_end_of_the_excerpt():
    body = [
        "Fisheries minister Rosa Ibarra met her counterpart on Monday.",
        'She said: "We will wait for their answer and then we will decide what',
    ]
    assert texts(body, language="en") == [
        "We will wait for their answer and then we will decide what"
    ]


def test_a_stray_straight_mark_mid_article_is_not_a_quote():
    body = [
        'The 12" guns of the old cruiser were removed before the ship was sold for scrap.',
        "The ministry said the sale was legal.",
    ]
    assert texts(body, language="en") == []


# Partial quotes inside reported speech, calls and accusations, « selon X, ».


def test_partial_quote_inside_the_clause_a_verb_of_speech_reports():
    en = [
        "The vice minister said the meeting had been \u201cproductive and frank\u201d and that "
        "experts would meet again in May.",
        'The ministry said the post had been shut for "routine maintenance" last week.',
    ]
    fr = ["Le diplomate a toutefois assuré que le dialogue « n'était pas rompu »."]
    assert texts(en, language="en") == ["productive and frank", "routine maintenance"]
    assert texts(fr) == ["n'était pas rompu"]


def test_partial_quote_completing_a_call_or_an_accusation():
    fr = [
        "La ministre a appelé ses partenaires européens à « parler d'une seule voix ».",
        "Elle a accusé la partie adverse de « traîner les pieds » sur le financement.",
    ]
    en = ['Ankara said on Thursday it expects Sweden to "keep its promises" under the deal.']
    assert texts(fr) == ["parler d'une seule voix", "traîner les pieds"]
    assert texts(en, language="en") == ["keep its promises"]


def test_partial_quote_in_a_sentence_opened_by_selon_or_pour_lui():
    body = [
        "Selon la capitainerie du port, la mesure est « temporaire ».",
        "Pour lui, ces déclarations sont « irresponsables et déplacées ».",
    ]
    assert texts(body) == ["temporaire", "irresponsables et déplacées"]


def test_partial_quote_before_the_sentences_incise():
    body = ["Lisbonne « prend note » de cette décision, a réagi le ministère portugais."]
    assert texts(body) == ["prend note"]


def test_nouns_no_speaker_governs_stay_out():
    """A text or a plan "promises", a generic « on » announces a term, a speaker's own thing
    named after a possessive: not words anyone said."""
    fr = [
        "Le texte promet une « relance par l'investissement » et un « choc de confiance ».",
        "On nous avait annoncé une « feuille de route » ; on a eu un « plan Horizon ».",
    ]
    en = ['When the council announced its "pause" in March, most of us expected weeks.']
    assert texts(fr) == []
    assert texts(en, language="en") == []


def test_headline_quotes_in_single_marks_and_of_one_word():
    assert [
        s.text for s in extract_quotes("Kremlin brands Baltic naval drills 'provocative'", [], "en")
    ] == ["provocative"]
    assert [
        s.text
        for s in extract_quotes("Vilnius dénonce une « provocation » à la frontière", [], "fr")
    ] == ["provocation"]
    assert extract_quotes("Why the 'Caspian Bridge' initiative is going nowhere", [], "en") == []


def test_quote_first_headline_line_and_headlines_cited_by_name():
    """A line opened by a quote and a colon is the quote's; a quote that repeats a headline
    of the page is that headline's name."""
    body = [
        "\u2018WE WON'T BE BULLIED\u2019: minister hits back over fishing row",
        "Une réflexion sur « Le plan Horizon pour la pêche, une promesse de plus ? »",
    ]
    assert texts(body, title="Le plan Horizon pour la pêche, une promesse de plus ?") == [
        "WE WON'T BE BULLIED"
    ]


def test_short_english_quote_modifying_a_noun_is_the_speakers_word():
    body = ["Brekke warned Oslo of a \u201cswift\u201d response if boats cross the line."]
    assert texts(body, None, "en") == ["swift"]
    assert texts(['He said China "highly appreciated" the role of the forum.'], None, "en") == [
        "highly appreciated"
    ]


def test_reversed_guillemet_opening_a_line():
    body = ["» Nous voulons une solution durable pour le fleuve », a déclaré le ministre."]
    assert texts(body) == ["Nous voulons une solution durable pour le fleuve"]


def test_outer_quote_closed_by_its_inner_one():
    result = extract_one(
        page(
            FR_TITLE,
            "« Le capitaine m’a dit : « nous partirons demain à l’aube », a raconté le pêcheur "
            "islandais Jonas Berg.",
        )
    )
    assert speakers(result) == [
        ("Le capitaine m’a dit : « nous partirons demain à l’aube", "Jonas Berg")
    ]


def test_block_quote_with_an_inner_quote_and_apostrophes():
    body = [
        "« Nous partirons, « quoi qu’il arrive », avant la fin du mois et nous reviendrons.",
        "« Les bateaux sont prêts à partir dès demain matin. »",
    ]
    spans = extract_quotes(None, body, "fr")
    assert [(s.text, s.first_para, s.last_para) for s in spans] == [
        (
            "Nous partirons, « quoi qu’il arrive », avant la fin du mois et nous reviendrons. "
            "Les bateaux sont prêts à partir dès demain matin.",
            0,
            1,
        )
    ]


def test_quoted_words_of_a_speaker_inside_a_noun_phrase():
    """« a dénoncé « l'ingérence » d'un dirigeant », « a rappelé les actions « amicales » de
    la France », « étaient de « fausses » allégations »: the speaker's own words."""
    body = [
        "Téhéran a dénoncé vendredi « l'ingérence » d'un dirigeant étranger.",
        "Le ministère a rappelé les actions « amicales » de la Norvège envers l'Islande.",
        "M. Saïdi a souligné que ces accusations étaient de « fausses » allégations.",
    ]
    assert texts(body) == ["l'ingérence", "amicales", "fausses"]


def test_partial_quote_before_other_quotes_and_the_closing_incise():
    result = extract_one(
        page(
            FR_TITLE,
            "Les propos du président sont une « ingérence » et ont servi à encourager « des "
            "casseurs et des émeutiers », a déclaré le porte-parole du ministère, Karim Saïdi, "
            "dans un communiqué.",
        )
    )
    assert speakers(result) == [
        ("ingérence", "Karim Saïdi"),
        ("des casseurs et des émeutiers", "Karim Saïdi"),
    ]


def test_quote_left_open_before_its_incise():
    body = [
        '"We analysed in depth the priorities of each region and the threats ahead of us, '
        "Aydın Kaya told reporters.",
        '"We worked on this very systematically," the minister said.',
    ]
    assert texts(body, language="en") == [
        "We analysed in depth the priorities of each region and the threats ahead of us",
        "We worked on this very systematically",
    ]


def test_intertitle_quoting_a_word_and_a_paragraph_printed_twice():
    body = [
        "« Ce serait dévastateur pour la pêche », a averti le ministre islandais Jonas Berg.",
        "Une décision « inamicale »",
        "« Ce serait dévastateur pour la pêche », a averti le ministre islandais Jonas Berg.",
    ]
    assert texts(body) == ["Ce serait dévastateur pour la pêche", "inamicale"]


def test_a_body_noun_quoted_as_a_judgment_is_the_speakers_word():
    """« a qualifié le texte de « plan de capitulation » »: the speaker's judgment, while
    « un « groupe de travail » » names a body."""
    body = [
        "Le ministre a qualifié le texte de « plan de capitulation » devant la presse.",
        "Les deux pays ont annoncé qu'ils créeraient un « groupe de travail » commun.",
    ]
    assert texts(body) == ["plan de capitulation"]
