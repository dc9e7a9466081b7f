# ruff: noqa: E501  (realistic page text: long lines are the point)
"""Speakers: verbs of speech, incises, pronouns, roles, institutions, registry names."""

from tests.goldscore import extract_one, speakers


def who(text, **kwargs):
    return [name for _, name in speakers(extract_one(text, **kwargs))]


def test_inverted_incise_with_name_french():
    """« … », a poursuivi Maria Zakharova → Zakharova."""
    text = "Titre de l'article sur la diplomatie\n« Les négociations doivent reprendre sans délai », a poursuivi Maria Zakharova."
    assert who(text) == ["Maria Zakharova"]


def test_said_name_english():
    """“…,” said Lavrov → Sergei Lavrov (full name from the registry, English form)."""
    text = "Talks in Moscow on the grain deal\n“We are ready to talk to anyone who wants to talk,” said Lavrov."
    assert who(text) == ["Sergei Lavrov"]


def test_name_said_english():
    """“…,” X said → X; the full name given earlier is the canonical form."""
    text = (
        "Kenya mediates in Sudan talks\n"
        "Kenyan Foreign Minister Alfred Mutua arrived in Jeddah on Monday for the talks.\n"
        "“Both sides have agreed to a seven-day truce,” Mutua said after the meeting."
    )
    assert who(text) == ["Alfred Mutua"]


def test_pronoun_resolves_to_last_speaker_of_that_gender():
    """« … », a-t-elle déclaré → the last woman who spoke."""
    text = (
        "Titre sur le conflit\n"
        "La porte-parole du ministère, Anna Petrova, a souligné que la situation restait tendue lors d'un point presse.\n"
        "« Nous continuons à déployer tous nos efforts diplomatiques », a-t-elle déclaré."
    )
    assert who(text) == ["Anna Petrova"]


def test_il_resolves_to_institution_subject_of_speech_verb():
    """ "Le Kremlin a déclaré que X …" then « … », a-t-il ajouté → the Kremlin, not X."""
    text = (
        "Titre sur le Conseil de sécurité\n"
        "Le Kremlin a déclaré que Poutine avait informé les membres du Conseil des résultats des pourparlers.\n"
        "«Des questions urgentes ont également été abordées», a-t-il ajouté dans un communiqué."
    )
    assert who(text) == ["Kremlin"]


def test_role_resolves_to_person_with_that_role():
    """ "le ministre russe" → the person introduced as "Le ministre russe des Affaires étrangères"."""
    text = (
        "Titre\n"
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré mardi son homologue turc à Sotchi.\n"
        '"Nos relations ont acquis une importance stratégique", a déclaré le ministre russe.'
    )
    assert who(text) == ["Sergueï Lavrov"]


def test_dirigeant_resolves_to_president():
    """ "Le dirigeant russe" → the Russian president named earlier."""
    text = (
        "Titre\n"
        "Vendredi, le président Vladimir Poutine a discuté avec les hauts responsables du pays.\n"
        "Le dirigeant russe a affirmé que cela «bénéficiera à la fois aux peuples de la région»."
    )
    assert who(text) == ["Vladimir Poutine"]


def test_institution_after_verb_is_the_speaker():
    """ "…", a indiqué le ministère russe des Affaires étrangères → the ministry."""
    text = (
        "Titre\n"
        '"Le centre a été créé à la suite d\'un accord entre les deux présidents", a indiqué le ministère russe des Affaires étrangères.'
    )
    assert who(text) == ["ministère russe des Affaires étrangères"]


def test_state_department_in_english():
    """The State Department as subject of "said" is the speaker."""
    text = (
        "US responds to Moscow\n"
        'The State Department said on Tuesday that Washington "will not accept any annexation of Ukrainian territory".'
    )
    assert who(text) == ["State Department"]


def test_comme_l_a_note():
    """ "Comme l'a noté Mme X, … : « … »" → X."""
    text = (
        "Titre\n"
        "Comme l'a noté Mme Zakharova, le président communique régulièrement avec ses homologues : « La situation a également été abordée avec la Turquie »."
    )
    assert who(text) == ["Maria Zakharova"]


def test_participle_keeps_the_subject():
    """ "X a affirmé que « … », affirmant que Moscou « … »" → X for both quotes."""
    text = (
        "Titre\n"
        "Lavrov a affirmé que « la question du Haut-Karabakh diffère des autres conflits », "
        "affirmant que Moscou « n'appuie pas une résolution de la crise par la force »."
    )
    assert who(text) == ["Sergueï Lavrov", "Sergueï Lavrov"]


def test_following_quote_without_cue_keeps_speaker():
    """A quote with no cue right after another keeps the current speaker."""
    text = (
        "Kremlin on talks\n"
        '"We are not going to attack anyone," Peskov told reporters. "But we will defend our interests."'
    )
    assert who(text) == ["Dmitry Peskov", "Dmitry Peskov"]


def test_headline_colon_names_the_speaker():
    """ "Lavrov : « … »" in the headline → Lavrov."""
    text = "Lavrov : « Nous continuerons à travailler avec Ankara »\nLe ministre a parlé au journal russe lors d'une longue interview publiée mardi."
    assert who(text) == ["Sergueï Lavrov"]


def test_he_resolves_to_person_not_institution():
    """English "he" never resolves to an institution."""
    text = (
        "Kremlin statement\n"
        "The Kremlin said Putin had informed the Security Council about the talks.\n"
        "Kremlin spokesman Dmitry Peskov later spoke to reporters.\n"
        "“There are no plans for a new meeting,” he said."
    )
    assert who(text) == ["Dmitry Peskov"]


def test_according_to():
    """ "according to X" names the speaker."""
    text = "Talks stall\n“The talks are over for now,” according to Josep Borrell."
    assert who(text) == ["Josep Borrell"]


def test_unknown_speaker_stays_none():
    """A quote with nobody to attribute it to has no speaker (never a guess)."""
    text = "Headline on weather\n“The storm will hit the coast tonight and stay for two days.”"
    assert who(text) == [None]


def test_putin_aliases_are_one_speaker():
    """Poutine and Putin are one registry person; the name follows the article's language."""
    fr = extract_one("Titre\n« Nous sommes en contact avec les deux pays », a déclaré Poutine.")
    assert fr.quotes[0].speaker.name == "Vladimir Poutine"
    assert "Vladimir Putin" in fr.quotes[0].speaker.aliases


def test_incise_inside_the_quote():
    """« …, a-t-il martelé, … » names the speaker from inside the marks."""
    text = (
        "Titre\n"
        "Le ministre turc des Affaires étrangères Hakan Fidan était à Moscou lundi pour des entretiens.\n"
        "« Il est regrettable que certains pays ignorent nos préoccupations, a-t-il martelé, "
        "ceux qui imposent des sanctions portent la responsabilité de l'escalade. »"
    )
    assert who(text) == ["Hakan Fidan"]


def test_sentence_initial_common_noun_is_not_a_speaker():
    """ "Observers noted …" does not make "Observers" a person who can be quoted."""
    text = (
        "Talks in Vienna\n"
        "Observers noted that the talks had stalled over the sequencing of sanctions relief.\n"
        "“The storm will hit the coast tonight and stay for two days.”"
    )
    assert who(text) == [None]


def test_spokesman_of_an_institution_is_a_person():
    """ "the Kremlin spokesman" resolves to the person with that role, not to the Kremlin."""
    text = (
        "Kremlin on talks\n"
        "Kremlin spokesman Dmitry Peskov spoke to reporters by phone on Tuesday afternoon.\n"
        "“There are no plans for a new meeting,” the Kremlin spokesman said."
    )
    assert who(text) == ["Dmitry Peskov"]
