"""Quoted spans: marks, spacing, nesting, multi-paragraph quotes, names that are not quotes."""

from archive.ingest.quotes import extract_quotes


def texts(body, title=None, language="fr"):
    return [s.text for s in extract_quotes(title, body, language)]


def test_french_guillemets_with_inner_spaces():
    """« … » with (non-breaking) inner spaces: the text excludes marks and spaces."""
    body = ["« Nous ne céderons pas aux pressions extérieures », a déclaré le ministre."]
    assert texts(body) == ["Nous ne céderons pas aux pressions extérieures"]


def test_english_curly_quotes_trailing_comma_dropped():
    """“ … ,” he said: the comma inside the marks is not part of the text."""
    body = ["“We will keep working with our partners,” he said on Monday."]
    assert texts(body, language="en") == ["We will keep working with our partners"]


def test_straight_double_quotes():
    """Plain " … " quotes are found."""
    body = ['"The centre was set up under an agreement," the minister told reporters.']
    assert texts(body, language="en") == ["The centre was set up under an agreement"]


def test_german_low_high_marks():
    """„ … “ quotes are found."""
    body = ["„Wir werden weiter verhandeln und die Gespräche fortsetzen“, sagte Scholz am Montag."]
    assert texts(body) == ["Wir werden weiter verhandeln und die Gespräche fortsetzen"]


def test_nested_quote_stays_inside():
    """A quote inside a quote belongs to the outer one."""
    body = ["« Il a parlé d'une “ligne rouge” que nous ne franchirons pas », a-t-elle ajouté."]
    assert texts(body) == ["Il a parlé d'une “ligne rouge” que nous ne franchirons pas"]


def test_french_quote_over_two_paragraphs():
    """French convention: « opens each paragraph, » closes only the last: one quote."""
    body = [
        "« Nous ne céderons pas aux pressions des Occidentaux.",
        "« La Russie défendra ses intérêts par tous les moyens », a poursuivi la diplomate.",
    ]
    assert texts(body) == [
        "Nous ne céderons pas aux pressions des Occidentaux. "
        "La Russie défendra ses intérêts par tous les moyens"
    ]


def test_english_quote_reopened_each_paragraph():
    """English convention: “ reopens each paragraph and ” closes the last: one quote."""
    body = [
        "“We have made our position clear to Beijing on many occasions.",
        "“We expect them to act,” Blinken said.",
    ]
    assert len(texts(body, language="en")) == 1


def test_partial_quote_in_reported_speech():
    """Lavrov a indiqué que « … »: the partial quote is a statement."""
    body = ["Lavrov a indiqué que « les deux pays œuvrent à résoudre les crises régionales »."]
    assert texts(body) == ["les deux pays œuvrent à résoudre les crises régionales"]


def test_quote_in_headline():
    """A headline "Lavrov : « … »" holds a quote."""
    title = "Lavrov : « Nous continuerons à travailler avec Ankara »"
    assert texts([], title=title) == ["Nous continuerons à travailler avec Ankara"]


def test_newspaper_name_is_not_a_quote():
    """Names of papers after "journal" are not statements."""
    body = ["Dans une interview accordée au journal « Kommersant », il a évoqué la Syrie."]
    assert texts(body) == []


def test_scare_quoted_term_is_not_a_quote():
    """Short scare-quoted terms without a cue to speak are not statements."""
    body = ["Ils mettront en place un «groupe de travail» conjoint sur les transports."]
    assert texts(body) == []


def test_capitalised_name_is_not_a_quote():
    """A capitalised name in quotes (a party, an alliance) is not a statement."""
    body = ["The opposition “Hayastan Alliance” walked out of the session on Tuesday."]
    assert texts(body, language="en") == []


def test_short_quote_with_speech_cue_is_kept():
    """A short quote introduced by a verb of speech and a colon is a statement."""
    body = ["Le porte-parole a simplement déclaré : « Pas de commentaire ici »."]
    assert texts(body) == ["Pas de commentaire ici"]


def test_unterminated_quote_runs_to_paragraph_end():
    """A quote whose closing mark is missing ends with its paragraph."""
    body = ["Il a ajouté : « nous appuyons une action avec tous les partenaires de la région"]
    assert texts(body) == ["nous appuyons une action avec tous les partenaires de la région"]


def test_mismatched_closing_mark():
    """« … ” (mismatched marks) still closes the quote."""
    body = ["« Nous sommes prêts à négocier sans conditions préalables ”, a-t-il dit."]
    assert texts(body) == ["Nous sommes prêts à négocier sans conditions préalables"]


def test_apostrophes_are_not_quotes():
    """Apostrophes (’ and ') never open a quote."""
    assert (
        texts(["L’Arménie n’a pas répondu à l’appel lancé par l’OSCE la semaine dernière."]) == []
    )


def test_offsets_point_at_the_quote_in_the_body_text():
    """`start`/`end` of a body quote slice exactly its text out of `Extraction.body_text`."""
    from tests.goldscore import extract_one

    result = extract_one(
        "Titre de l'article\n"
        "« Nous ne céderons pas aux pressions »,  a déclaré Poutine.\n"
        "Lavrov a dit que « les deux pays œuvrent à résoudre les crises régionales »."
    )
    assert [result.body_text[q.start : q.end] for q in result.quotes] == [
        q.text for q in result.quotes
    ]
