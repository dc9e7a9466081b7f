"""Who said it: coordinated verbs across a that-clause, role nouns, institutions, quotes in
single marks, incises inside the marks, headlines "Pour X, « … »"."""

from tests.goldscore import extract_one, speakers

TITLE = "A title for this story\n"


def test_speaker_is_the_subject_of_coordinated_verbs():
    """That-clause (TASS/Reuters style): "Peskov said … that Russia …, but added:" → Peskov."""
    result = extract_one(
        TITLE + "Kremlin spokesman Dmitry Peskov said on Thursday that Russia remained open to "
        'dialogue, but added: "There are no conditions for such talks at the moment."'
    )
    assert speakers(result) == [
        ("There are no conditions for such talks at the moment.", "Dmitry Peskov")
    ]


def test_told_reporters_that_and_warned():
    """That-clause: "X told reporters that … and warned: “…”" → X."""
    result = extract_one(
        TITLE + "Lavrov told reporters that Washington was not serious and warned: “We will "
        "respond to any provocation with force.”"
    )
    assert speakers(result)[0][1] == "Sergei Lavrov"


def test_top_diplomat_is_the_foreign_minister_named_before():
    """Role noun (AP style): "the top Russian diplomat told" → the Russian Foreign Minister, not
    the place after "his counterpart in"."""
    result = extract_one(
        TITLE + "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya on "
        "Thursday.\n“We have never refused to talk, and we will not refuse now,” the top Russian "
        "diplomat told a news conference."
    )
    assert speakers(result)[0][1] == "Sergei Lavrov"


def test_the_diplomat_is_the_spokeswoman_just_named():
    """Role noun: "the diplomat said" → the spokeswoman just named."""
    result = extract_one(
        TITLE + "Foreign Ministry spokeswoman Maria Zakharova also commented on the matter. "
        "“Washington is trying to dictate terms, and this has no future,” the diplomat said."
    )
    assert speakers(result)[0][1] == "Maria Zakharova"


def test_the_ministry_said_in_a_statement():
    """Institution (BBC style): "the ministry said in a statement" → the ministry named before."""
    result = extract_one(
        TITLE + "The Russian foreign ministry summoned the French ambassador on Monday.\n"
        "“Such actions will not go unanswered,” the ministry said in a statement."
    )
    assert "foreign ministry" in speakers(result)[0][1].lower()


def test_a_name_inside_a_quote_is_not_the_president():
    """Role noun: "the president said" → the president named outside the quote, not one quoted."""
    result = extract_one(
        TITLE + "US President Joe Biden spoke to reporters at the White House.\n“Putin has made a "
        "grave mistake and he will pay for it,” the president said."
    )
    assert speakers(result)[0][1] == "Joe Biden"


def test_weekday_after_a_role_is_not_a_person():
    """Role noun: "spokesman Ned Price spoke on Tuesday" does not make Tuesday a spokesman."""
    result = extract_one(
        TITLE + "State Department spokesman Ned Price spoke on Tuesday.\n“We are not going to "
        "negotiate in public,” the spokesman told reporters."
    )
    assert speakers(result)[0][1] == "Ned Price"


def test_pronoun_and_role_in_english():
    """Pronoun and role (Reuters style): "she told reporters", "the minister added"."""
    result = extract_one(
        TITLE + "German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday.\n“We stand "
        "by Ukraine as long as it takes,” she told reporters. “And we will not look away,” the "
        "minister added."
    )
    assert [s for _, s in speakers(result)] == ["Annalena Baerbock", "Annalena Baerbock"]


def test_single_quotation_marks_in_english():
    """Single quotes (Al Jazeera style): ‘…’ is a quote; apostrophes in words are not marks."""
    result = extract_one(
        TITLE + "‘We are ready to do whatever it takes for peace,’ Cavusoglu told a news "
        "conference in Antalya after meeting his Russian counterpart.\nThe country’s leaders "
        "said nothing about the protesters’ demands on Friday."
    )
    assert speakers(result) == [
        ("We are ready to do whatever it takes for peace", "Mevlut Cavusoglu")
    ]


def test_incise_inside_the_marks_is_removed():
    """Incise inside the marks (Le Figaro style): « Nous …, a-t-il dit, la Russie … »."""
    result = extract_one(
        "Un titre pour cet article\n« Nous ne laisserons pas, a-t-il dit, la Russie imposer sa "
        "loi par les armes », a affirmé le président français Emmanuel Macron devant la presse."
    )
    assert speakers(result) == [
        ("Nous ne laisserons pas la Russie imposer sa loi par les armes", "Emmanuel Macron")
    ]


def test_headline_pour_x_names_the_speaker():
    """Headline "Pour Macron, « … »" (Le Figaro style) names its speaker."""
    result = extract_one(
        "Pour Macron, « la paix ne peut être imposée à l'Ukraine »\nEmmanuel Macron a réaffirmé "
        "samedi le soutien de la France à Kiev lors d'un entretien avec Vladimir Poutine."
    )
    assert speakers(result)[0][1] == "Emmanuel Macron"


def test_saluer_is_a_verb_of_speech():
    """Verb of speech: « a salué » introduces what Blinken said (AFP style)."""
    result = extract_one(
        "Un titre pour cet article\nLes discussions ont repris lundi à Washington.\nLe secrétaire "
        "d'État américain Antony Blinken a salué « un pas courageux vers la paix »."
    )
    assert speakers(result)[0][1] == "Antony Blinken"
