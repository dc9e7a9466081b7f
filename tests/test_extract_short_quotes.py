"""Short quotes (one or two words) and straight single quotes."""

from tests.goldscore import extract_one, speakers


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def quotes(result) -> list[str]:
    return [q.text for q in result.quotes]


def test_short_quote_governed_by_a_verb_of_speech_is_a_statement():
    result = extract_one(
        page(
            "Tensions à la frontière",
            "Le ministre polonais de la Défense Marek Nowicki a qualifié mardi la manœuvre "
            "d'« inacceptable » lors d'un point de presse à Varsovie.",
            "Son homologue lituanien Tomas Kairys a jugé ces exercices « dangereux » et a "
            "demandé des explications à Minsk.",
        )
    )
    assert speakers(result) == [("inacceptable", "Marek Nowicki"), ("dangereux", "Tomas Kairys")]
    result = extract_one(
        page(
            "Border tensions",
            "Polish Defence Minister Marek Nowicki on Tuesday called the exercise "
            "\u201creckless\u201d "
            "and summoned the Belarusian envoy.",
        )
    )
    assert speakers(result) == [("reckless", "Marek Nowicki")]


def test_scare_quoted_nouns_and_names_are_not_statements():
    """A newspaper's name, a body's name, a noun no verb of speech governs."""
    result = extract_one(
        page(
            "Tensions à la frontière",
            "Le président a donné un entretien au journal « Gazeta » mardi soir.",
            "Les deux pays ont annoncé que leurs gouvernements mettraient en place un « groupe "
            "de travail » conjoint.",
            "Les « conditions de sécurité » ne sont pas réunies à la frontière.",
        )
    )
    assert quotes(result) == []


def test_short_quotes_a_speaker_governs_are_statements():
    """A noun the verb of speech takes as its object (« dénoncent une « provocation » »), the
    words of the clause it reports (« a ajouté que … « pleinement mobilisée » »), of a call
    (« a appelé … à « la retenue » »), what the speaker said of themselves (« s'est dit
    « très inquiet » »)."""
    result = extract_one(
        page(
            "Tensions à la frontière",
            "Les autorités bélarusses dénoncent une « provocation » et accusent Varsovie de "
            "chercher l'escalade.",
            "Le ministre polonais Marek Nowicki a ajouté que la Pologne restait « pleinement "
            "mobilisée » face à la menace.",
            "Le président a appelé les deux pays à « la retenue » et s'est dit « très inquiet ».",
        )
    )
    assert quotes(result) == [
        "provocation",
        "pleinement mobilisée",
        "la retenue",
        "très inquiet",
    ]
    assert result.quotes[1].speaker.name == "Marek Nowicki"


def test_straight_single_quotes_in_the_body_delimit_clauses():
    result = extract_one(
        page(
            "Border tensions",
            "'We will not be intimidated by these manoeuvres,' Polish Defence Minister Marek "
            "Nowicki told reporters in Warsaw on Tuesday.",
            "He said the country's 'eastern shield' programme would be completed by 2028 and "
            "called the drills 'a deliberate attempt to test our readiness'.",
        )
    )
    assert speakers(result) == [
        ("We will not be intimidated by these manoeuvres", "Marek Nowicki"),
        ("a deliberate attempt to test our readiness", "Marek Nowicki"),
    ]


def test_single_quotes_in_a_headline_need_a_speaker_cue():
    result = extract_one(
        page(
            "Minsk accuses Warsaw of 'dangerous escalation' on border",
            "Belarus on Tuesday accused Poland of escalating tensions on their common border "
            "after new military exercises near the town of Bialystok.",
        )
    )
    assert quotes(result) == ["dangerous escalation"]
    result = extract_one(
        page(
            "Why the 'eastern shield' is going nowhere",
            "Three years after it was announced, the border programme has produced one fence.",
        )
    )
    assert quotes(result) == []
    result = extract_one(
        page(
            "Nowicki: 'We will defend every metre of our border'",
            "Polish Defence Minister Marek Nowicki said on Tuesday that the army would stay on "
            "alert along the eastern border for as long as necessary.",
        )
    )
    [(text, who)] = speakers(result)
    assert text == "We will defend every metre of our border" and who.endswith("Nowicki")
