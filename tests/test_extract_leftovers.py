"""Classes of failure left after the second held-out round (README, "Held-out pages: an honest
estimate"), each pinned on a small invented page: role-topic headlines, unnamed roles after a
relay, organisations named before their acronym, delegations, Q/A transcripts and page
furniture of readouts, releases and reader-mode scrapes."""

from tests.classpages import HEAD_EN, HEAD_FR, LEAD_EN, LEAD_FR, quotes
from tests.goldscore import extract_one


# -- role-topic headlines ------------------------------------------------------------------
def test_a_role_topic_headline_quote_is_the_person_the_body_names_so():
    """ "Foreign minister on X: ‘…’": the minister the body names, not nobody."""
    page = (
        "Harbour Times\nForeign minister on salmon quotas: 'We will not sign under pressure'\n"
        "Foreign Minister Halvard Rønstad told parliament on Monday that Norway would wait "
        "for a better offer on salmon quotas.\n"
    )
    assert quotes(extract_one(page)) == {"We will not sign under pressure": "Halvard Rønstad"}
    page_fr = (
        "Le Quotidien\nLe chef de la diplomatie sur la pêche : « Nous ne céderons pas »\n"
        "Le chef de la diplomatie, Amadou Ndiour, a réaffirmé lundi la position de Dakar.\n"
    )
    assert quotes(extract_one(page_fr)) == {"Nous ne céderons pas": "Amadou Ndiour"}


def test_a_role_topic_headline_the_body_never_names_keeps_the_role():
    """The body names no minister: the role speaks; a topic with no role gives nobody."""
    page = (
        "Harbour Times\nForeign minister on salmon quotas: 'Patience is running out'\n"
        "The salmon talks between Norway and Iceland resumed on Monday in Tromsø.\n"
    )
    assert quotes(extract_one(page)) == {"Patience is running out": "Foreign minister"}
    page_fr = (
        "Le Quotidien\nLe chef de la diplomatie sur la pêche : « Nous ne céderons pas »\n"
        "Les négociations sur la pêche ont repris lundi à Dakar.\n"
    )
    assert quotes(extract_one(page_fr)) == {"Nous ne céderons pas": "chef de la diplomatie"}
    nobody = (
        "Harbour Times\nTalks on salmon: 'Patience is running out'\n"
        "The salmon talks resumed on Monday in Tromsø.\n"
    )
    assert quotes(extract_one(nobody)) == {"Patience is running out": None}


def test_a_body_chief_in_a_headline_is_the_head_the_body_names():
    """ "UN chief on X: ‘…’" with "UN Secretary-General Amara Diallo" in the body: Diallo, not
    the United Nations; a bare "Envoy" the body never names gives no speaker."""
    page = (
        "Harbour Times\nUN chief on the ceasefire: 'Time is running out'\n"
        "UN Secretary-General Amara Diallo told reporters on Monday that talks must resume.\n"
    )
    assert quotes(extract_one(page)) == {"Time is running out": "Amara Diallo"}
    envoy = (
        "Harbour Times\nEnvoy on the peace plan: 'The door is open'\n"
        "The talks resumed in Geneva on Monday.\n"
    )
    assert quotes(extract_one(envoy)) == {"The door is open": None}


# -- relays ---------------------------------------------------------------------------------
def test_an_unnamed_role_after_an_outlet_out_of_the_registry_speaks():
    """« a déclaré à L'Écho du Fleuve un diplomate européen », "told the Morning Ledger a
    senior official": the role speaks, never the outlet (in the registry or not)."""
    fr = (
        HEAD_FR
        + LEAD_FR
        + "\n« Les discussions sont dans l'impasse », a déclaré à L'Écho du Fleuve un "
        + "diplomate européen en poste à Dakar.\n"
        + "« Nous attendons un geste », a confié mardi à Radio Fleuve un diplomate mauritanien.\n"
    )
    assert quotes(extract_one(fr)) == {
        "Les discussions sont dans l'impasse": "diplomate européen",
        "Nous attendons un geste": "diplomate mauritanien",
    }
    en = (
        HEAD_EN
        + LEAD_EN
        + '\n"The crossings will open on time," told the Morning Ledger a senior Ethiopian '
        + "official.\n"
        + '"Time is short," told Coastal Radio on Tuesday an EU official.\n'
        + '"We are ready," said Abel Tesfaye a day after the talks.\n'
    )
    assert quotes(extract_one(en)) == {
        "The crossings will open on time": "senior Ethiopian official",
        "Time is short": "EU official",
        "We are ready": "Abel Tesfaye",  # a name before "a day after" is no outlet
    }


# -- organisations and their acronyms ------------------------------------------------------
def test_an_organisation_before_its_acronym_is_one_speaker_with_both_names():
    """« la Communauté des États du Fleuve (CEF) a appelé … » then « la CEF a ajouté »: one
    speaker, named by both, never nobody."""
    page = (
        HEAD_FR
        + LEAD_FR
        + "\nLa Communauté des États du Fleuve (CEF) a appelé mercredi les deux pays à « la "
        "retenue ».\nLa CEF a ajouté : « Le dialogue doit continuer ».\n"
    )
    result = extract_one(page)
    speakers = {q.speaker.name for q in result.quotes}
    assert speakers == {"Communauté des États du Fleuve (CEF)"}
    assert {"CEF", "Communauté des États du Fleuve"} <= set(result.quotes[0].speaker.aliases)


def test_an_acronym_that_is_not_the_initials_still_names_the_organisation():
    """ "the Economic Union of the South (EUS) said", "the Caribbean Fisheries Compact
    (CARIFISH) said", « l'Organisation des pêcheurs du Sahel et de l'Atlantique (OPESA) »:
    initials or not, the organisation speaks; a party after a person's name (« le président
    Ousmane Fall (RDN) ») is no organisation."""
    page = (
        HEAD_EN
        + LEAD_EN
        + '\nThe Caribbean Fisheries Compact (CARIFISH) said it was "deeply concerned".\n'
        + '"We call on both sides to talk," the CARIFISH said.\n'
    )
    said = quotes(extract_one(page))
    assert set(said.values()) == {"Caribbean Fisheries Compact (CARIFISH)"}
    fr = (
        HEAD_FR
        + LEAD_FR
        + "\nL'Organisation des pêcheurs du Sahel et de l'Atlantique (OPESA) a dénoncé « un "
        "pillage ».\n"
    )
    assert quotes(extract_one(fr)) == {
        "un pillage": "Organisation des pêcheurs du Sahel et de l'Atlantique (OPESA)"
    }
    word = (
        HEAD_FR
        + "La Communauté économique des États du Fleuve (Cédéf) a dénoncé « un blocus ».\n"
        + "La Cédéf a ajouté : « Nous saisirons la Cour ».\n"
    )
    assert quotes(extract_one(word)) == {
        "un blocus": "Communauté économique des États du Fleuve (Cédéf)",
        "Nous saisirons la Cour": "Communauté économique des États du Fleuve (Cédéf)",
    }
    person = HEAD_FR + LEAD_FR + "\nLe président Ousmane Fall (RDN) a dénoncé « une trahison ».\n"
    assert quotes(extract_one(person)) == {"une trahison": "Ousmane Fall"}


# -- delegations ----------------------------------------------------------------------------
def test_a_delegation_speaks_for_its_state():
    """ "the Myanmar delegation", "Kenyan delegates", "the Somali side", « le délégué malien »,
    « la partie tchadienne »: the state's seat speaks, as "the representative of Gabon" does;
    also inside a clause reported without "that" ("He said the X delegation had called the
    talks “…”")."""
    en = (
        HEAD_EN
        + LEAD_EN
        + '\nThe Myanmar delegation said the text was "unbalanced".\n'
        + 'A mediator said the Laotian delegation had called the talks "constructive".\n'
        + 'The Somali side said the proposal was "a good basis".\n'
        + 'Kenyan delegates described the text as "balanced".\n'
        + 'Several delegations called the draft "premature".\n'
    )
    assert quotes(extract_one(en)) == {
        "unbalanced": "Myanmar delegation",
        "constructive": "Laotian delegation",
        "a good basis": "Somali side",
        "balanced": "Kenyan delegates",
        "premature": None,  # no state named
    }
    # "X said his government had called …": X speaks for it, as before.
    own = (
        HEAD_EN
        + "Foreign Minister Abel Tesfaye said his government had called the offer "
        + '"unacceptable".\n'
    )
    assert quotes(extract_one(own)) == {"unacceptable": "Abel Tesfaye"}
    fr = (
        HEAD_FR
        + LEAD_FR
        + "\n« Nous ne pouvons accepter ce projet », a déclaré le délégué malien.\n"
        + "La partie tchadienne a jugé la proposition « acceptable ».\n"
        + "Les délégués ivoiriens ont salué « un pas en avant ».\n"
        + "La partie adverse a jugé la procédure « abusive ».\n"
    )
    assert quotes(extract_one(fr)) == {
        "Nous ne pouvons accepter ce projet": "délégué malien",
        "acceptable": "partie tchadienne",
        "un pas en avant": "délégués ivoiriens",
        "abusive": None,  # a party to a case, no state
    }


# -- Q/A transcripts ------------------------------------------------------------------------
BRIEFING_EN = (
    "Ministry of Foreign Affairs of Veloria\n"
    "Regular Press Conference of Spokesperson Tomas Aldren on May 3, 2024\n"
    'Q: The Dravish foreign minister said yesterday that the talks were "going nowhere". '
    "What's your comment?\n"
    'A: I said last week that "the door remains open". We hope the other side will return '
    "to the table.\n"
    'Q: I wrote on Monday that the visit was "postponed indefinitely". Can you confirm?\n'
    'A: As we have said many times, "there is no change to the schedule".\n'
)


def test_i_and_we_in_an_answer_are_the_spokesperson_named_above_the_transcript():
    """ "A: I said “…”", "As we have said, “…”": the one who answers, named in the title; in a
    question "I" is the journalist, left unattributed; a third party keeps its own speaker."""
    assert quotes(extract_one(BRIEFING_EN)) == {
        "going nowhere": "Dravish foreign minister",
        "the door remains open": "Tomas Aldren",
        "postponed indefinitely": None,
        "there is no change to the schedule": "Tomas Aldren",
    }


def test_outlets_ask_and_the_named_spokesperson_answers_in_a_ministrys_transcript():
    """ "Harbour Daily: … I wrote …" asks (unknown), "Lin Haoyu: I said “…”" answers; the
    title's "Spokesperson Lin Haoyu's Regular Press Conference" names Lin Haoyu (not "Lin
    Haoyu's Regular"), and the foreign ministry's spokesperson is not "the Dravish foreign
    minister"."""
    page = (
        "Ministry of Foreign Affairs of Veloria\n"
        "Foreign Ministry Spokesperson Lin Haoyu's Regular Press Conference on May 3, 2024\n"
        "Harbour Daily: The Dravish foreign minister said yesterday that the talks were "
        '"going nowhere". What\'s your comment?\n'
        'Lin Haoyu: I said last week that "the door remains open".\n'
        'Coastal TV reporter: I wrote on Monday that the visit was "postponed indefinitely". '
        "Can you confirm?\n"
        'Lin Haoyu: As we have said many times, "there is no change to the schedule".\n'
    )
    assert quotes(extract_one(page)) == {
        "going nowhere": "Dravish foreign minister",
        "the door remains open": "Lin Haoyu",
        "postponed indefinitely": None,
        "there is no change to the schedule": "Lin Haoyu",
    }


def test_a_briefings_speaker_in_capitals_is_the_spokesperson_named_above():
    """ "MR CRANE: As I said, “…”": Matthew Crane, named with his role above the transcript;
    "Department Press Briefing – May 3, 2024" is the title, no author's signature."""
    page = (
        "Department of Foreign Affairs of Veloria\n"
        "Department Press Briefing – May 3, 2024\n"
        "Matthew Crane, Department Spokesperson\n"
        "MR CRANE: Good afternoon, everyone. I have one announcement and then I will take "
        "your questions.\n"
        'QUESTION: On the border talks, is the process "dead", as some say?\n'
        'MR CRANE: No. As I said on Monday, "we are not there yet". We remain engaged.\n'
    )
    result = extract_one(page)
    assert result.title == "Department Press Briefing – May 3, 2024"
    assert result.author is None
    assert quotes(result) == {"dead": None, "we are not there yet": "Matthew Crane"}


def test_a_turn_labelled_by_a_role_is_the_person_named_so_above():
    """ "SPOKESPERSON: I said “…”" under "Press briefing by Spokesperson Tomas Aldren"."""
    page = (
        "Ministry of Foreign Affairs of Veloria\n"
        "Press briefing by Spokesperson Tomas Aldren, 3 May 2024\n"
        "QUESTION: Is the border open?\n"
        'SPOKESPERSON: I said on Monday that "the border remains closed".\n'
        "QUESTION: And the talks?\n"
        "SPOKESPERSON: Nothing new today.\n"
    )
    assert quotes(extract_one(page)) == {"the border remains closed": "Tomas Aldren"}


def test_je_and_nous_after_r_dash_are_the_spokesperson_of_the_point_de_presse():
    page = (
        "Ministère des Affaires étrangères\n"
        "Point de presse du porte-parole, Julien Marceau, 4 mars 2024\n"
        "Q - J'ai écrit hier que la visite était « reportée ». Le confirmez-vous ?\n"
        "R - J'ai dit lundi que « la porte reste ouverte ». Nous continuerons à dialoguer.\n"
        "Q - Et sur le calendrier ?\n"
        "R - Comme nous l'avons déjà dit, « rien ne change ».\n"
    )
    assert quotes(extract_one(page)) == {
        "reportée": None,
        "la porte reste ouverte": "Julien Marceau",
        "rien ne change": "Julien Marceau",
    }


def test_i_in_a_named_turn_is_that_speaker_and_unknown_when_no_one_answers_by_name():
    """ "Aroha Tane: I said “…”": the turn's speaker. « R - » with two people named above the
    transcript and no role to choose between them: unknown, never a guess."""
    page = (
        "Radio Nord\nInterview: the Pacific deal\n"
        "Trade minister Aroha Tane talks to Radio Nord about the Pacific deal.\n"
        'Presenter: Many say the deal is "rushed". Is it?\n'
        'Aroha Tane: I said "almost done", and I meant it.\n'
        "Presenter: And the fishing chapter?\n"
        'Aroha Tane: We have said from the start that "nobody will be rushed".\n'
    )
    assert quotes(extract_one(page)) == {
        "rushed": None,
        "almost done": "Aroha Tane",
        "nobody will be rushed": "Aroha Tane",
    }
    two = (
        "Le Quotidien\nEntretien croisé sur la pêche\n"
        "Nous avons reçu Awa Ndiaye et Paul Mercier dans nos studios.\n"
        "Q - Où en sont les discussions ?\n"
        "R - J'ai dit que « tout reste possible ».\n"
    )
    assert quotes(extract_one(two)) == {"tout reste possible": None}


def test_labels_in_an_ordinary_article_make_no_transcript():
    """One "Label: …" line in a story is no transcript: "we" (the outlet) stays unknown, not
    the person named above it."""
    page = (
        HEAD_EN
        + "Foreign Minister Abel Tesfaye visited the Moyale crossing on Friday.\n"
        + 'Border update: we said on Friday that the posts would "open soon".\n'
    )
    assert quotes(extract_one(page)) == {"open soon": None}


# -- page furniture -------------------------------------------------------------------------
def test_an_office_line_printed_around_a_readouts_headline_is_not_the_title():
    """ "Office of the Press Secretary" above and below the headline of a readout: a label,
    neither the title nor body."""
    page = (
        "Ministry of External Affairs of Veloria\nHome\nOffice of the Press Secretary\n"
        "Readout\nMinister Aldren's Call with Dravish Foreign Minister Mirela Kosta\n"
        "Office of the Press Secretary\nMarch 4, 2024\n"
        "Foreign Minister Tomas Aldren spoke today with Dravish Foreign Minister Mirela Kosta "
        "about the reopening of the Varna crossing.\nThe ministers agreed to meet in May.\n"
    )
    result = extract_one(page)
    assert result.title == "Minister Aldren's Call with Dravish Foreign Minister Mirela Kosta"
    assert result.body == [
        "Foreign Minister Tomas Aldren spoke today with Dravish Foreign Minister Mirela Kosta "
        "about the reopening of the Varna crossing.",
        "The ministers agreed to meet in May.",
    ]


def test_an_institutions_press_release_header_names_the_source():
    """ "Conseil nordique des pêches - Communiqué de presse", "Veloria Ministry of Trade -
    Press release" (also below a skip link), « … - Discours »: the institution is the source."""
    fr = (
        "Conseil nordique des pêches - Communiqué de presse\n"
        "Le Conseil fixe les quotas de hareng pour 2025\nOslo, le 12 décembre 2024\n"
        "Le Conseil nordique des pêches a fixé jeudi les quotas de hareng pour l'an prochain.\n"
    )
    result = extract_one(fr)
    assert result.source.name == "Conseil nordique des pêches"
    assert result.title == "Le Conseil fixe les quotas de hareng pour 2025"
    en = (
        "Skip to main content\nVeloria Ministry of Trade - Press release\n"
        "Veloria and Dravia sign a customs protocol\n12 December 2024\n"
        "Veloria and Dravia signed a customs protocol on Thursday, the trade ministry said.\n"
    )
    assert extract_one(en).source.name == "Veloria Ministry of Trade"
    speech = (
        "Ministère veloréen de la Mer - Discours\n"
        "Discours du ministre à l'ouverture de la conférence sur la pêche\n"
        "Port-Varna, le 3 mai 2024\n"
        "Mesdames et Messieurs, je suis heureux de vous accueillir à Port-Varna.\n"
    )
    assert extract_one(speech).source.name == "Ministère veloréen de la Mer"


def test_a_bare_name_under_the_title_is_the_author_only_in_a_bylines_shape():
    """Reader mode: "Name / 3 min read / date" under the title is a byline; a bare name with
    nothing of a byline around it is not taken for the author."""
    byline = (
        "harbourtimes.example\nVeloria and Dravia sign a customs protocol\nMere Tupaea\n"
        "3 min read\n12 June 2024\n"
        "Veloria and Dravia signed a customs protocol on Thursday, the trade ministry said.\n"
    )
    result = extract_one(byline)
    assert result.author == "Mere Tupaea"
    assert "3 min read" not in result.body
    bare = (
        "harbourtimes.example\nVeloria and Dravia sign a customs protocol\nMere Tupaea\n"
        "Veloria and Dravia signed a customs protocol on Thursday, the trade ministry said.\n"
    )
    assert extract_one(bare).author is None


def test_an_answer_told_in_prose_is_the_one_who_answers():
    """« Interrogée sur …, qui parle d'aventure, elle répond : « … » »: she answers, not the
    critics of the relative clause."""
    page = (
        HEAD_FR
        + "La ministre Awa Ndiour a défendu lundi le protocole devant les députés.\n"
        + "Interrogée sur les critiques de l'opposition, qui parle d'aventure, elle répond : "
        + "« Je respecte ce débat. »\n"
    )
    assert quotes(extract_one(page)) == {"Je respecte ce débat.": "Awa Ndiour"}


def test_he_or_she_in_an_answer_is_the_one_the_question_names():
    """ "Question: Has the Prime Minister spoken …?" / "Spokesperson: As she said, “…”": the
    Prime Minister; a question about two men leaves "he" unknown, not a guess."""
    page = (
        "Veloria Government\nDaily press briefing of the Prime Minister's spokesperson\n"
        "Question: Has the Prime Minister spoken to the Dravish president about the border?\n"
        'Spokesperson: Not today. As she said on Friday, "the border will reopen by May".\n'
        "Question: Did Tomas Aldren meet Piotr Varga in Varna?\n"
        'Spokesperson: They met briefly. He said the talks were "useful".\n'
    )
    assert quotes(extract_one(page)) == {
        "the border will reopen by May": "Prime Minister",
        "useful": None,
    }


def test_repeated_live_blog_labels_make_no_transcript():
    """ "Key Points: I wrote …" twice in a live blog: "Key Points" is nobody."""
    page = (
        "Some Outlet\nLive: border talks\n"
        "Key Points: The minister spoke to reporters in Moyale on Monday.\n"
        'Key Points: I wrote last week that the talks were "stuck".\n'
    )
    assert quotes(extract_one(page)) == {"stuck": None}


def test_an_unnamed_role_with_its_post_or_behind_a_en_croire_speaks():
    """« Un diplomate européen en poste à Dakar a confié au Courrier du Fleuve : « … » » (« à »
    is no verb), « À en croire un diplomate mauritanien, « … » » (like « selon »)."""
    page = (
        HEAD_FR
        + LEAD_FR
        + "\nUn diplomate européen en poste à Dakar a confié au Courrier du Fleuve : "
        + "« Personne ne veut céder ».\n"
        + "À en croire un diplomate mauritanien, « rien ne bougera avant l'été ».\n"
        + "À en croire un diplomate gambien, les discussions sont « au point mort ».\n"
    )
    assert quotes(extract_one(page)) == {
        "Personne ne veut céder": "diplomate européen en poste à Dakar",
        "rien ne bougera avant l'été": "diplomate mauritanien",
        "au point mort": "diplomate gambien",
    }


def test_turn_labels_in_bold_or_after_a_bullet_are_turns():
    """A scrape that keeps the bold of "**Q:**" and "**A:**" is still a transcript."""
    page = BRIEFING_EN.replace("\nQ: ", "\n**Q:** ").replace("\nA: ", "\n**A:** ")
    assert quotes(extract_one(page))["the door remains open"] == "Tomas Aldren"
