# ruff: noqa: E501  (realistic page text: long lines are the point)
"""Who a speaker is: people in no registry, never a clause or a place, relays, capitals,
roles without a name, headline tags, and the text's own spelling of a name.

All people, places and bodies here are invented (or spelled as an invented text would).
"""

import pytest

from tests.goldscore import extract_one


def quoted(text, **kwargs):
    """(quote, speaker name, speaker kind) for every statement of the page."""
    result = extract_one(text, **kwargs)
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.kind if q.speaker else None)
        for q in result.quotes
    ]


def who(text, **kwargs):
    return [name for _, name, _ in quoted(text, **kwargs)]


# -- people missing from every list ------------------------------------------------------


def test_unknown_person_with_apposed_role_french_then_the_role_alone():
    """« …, a déclaré jeudi X Y, porte-parole de … » names X Y; « le porte-parole » later is X Y."""
    text = (
        "Un cargo retenu au large de Szczecin\n"
        "« Le navire n'a jamais quitté les eaux internationales », a déclaré jeudi Bogumiła Krzemińska, porte-parole de l'Autorité portuaire de Szczecin.\n"
        "L'armateur conteste la version des garde-côtes.\n"
        "« Nous transmettrons les relevés satellitaires dès lundi », a ajouté la porte-parole."
    )
    assert who(text) == ["Bogumiła Krzemińska", "Bogumiła Krzemińska"]


def test_unknown_person_with_apposed_role_english():
    """ "X Y, head of Z's Fisheries Council, said" names X Y, not the council."""
    text = (
        "Survey of the maritime boundary to resume\n"
        "“The boats are ready and the crews are waiting in Port Harcourt,” Chidi Okonkwo-Bello, head of Nigeria's Fisheries Council, said on Tuesday.\n"
        "“Nobody wants to go back to court,” Okonkwo-Bello added."
    )
    assert who(text) == ["Chidi Okonkwo-Bello", "Chidi Okonkwo-Bello"]


@pytest.mark.parametrize(
    "name",
    [
        "Kwabena Osei-Tutu",  # Ghana, hyphenated surname
        "Ngozi Eze-Adaora",  # Nigeria
        "Jean-Baptiste N'Diaye",  # Senegal, apostrophe
        "Aigerim Nurlanova",  # Kazakhstan
        "Lucía Ferreyra Paz",  # Argentina, two surnames
        "Torbjørn Lindqvist",  # Norway, ø
        "Radosław Wąsowicz",  # Poland, ł and ą
        "Thi Huong Tran",  # Vietnam
        "Hamad bin Khalifa Al-Marri",  # Gulf, particle and al-
    ],
)
def test_person_names_of_many_cultures_are_speakers(name):
    """A name shaped like a person's, with a first name of any culture, speaks."""
    text = f"Talks on the river basin\n“We will sign when the text is fair,” {name} said on Monday."
    assert who(text) == [name]


@pytest.mark.parametrize(
    "line, name",
    [
        (
            "“This is a step in the right direction,” Brazilian President Joaquim Alves da Rocha said.",
            "Joaquim Alves da Rocha",
        ),
        (
            "“We are encouraged by the progress,” U.N. Secretary-General Olusegun Adebayo said.",
            "Olusegun Adebayo",
        ),
        (
            "« La situation est sous contrôle », selon le porte-parole de l'armée, le colonel Aimable Ntwari-Kayumba.",
            "Aimable Ntwari-Kayumba",
        ),
        (
            "« Il faut aller vite », a estimé Pierre-Henri de La Motte d'Orval, député européen.",
            "Pierre-Henri de La Motte d'Orval",
        ),
    ],
)
def test_long_names_after_roles_ranks_and_initials(line, name):
    """Long names with particles, after a role with initials (U.N.) or a military rank."""
    text = f"Border talks resume between the two neighbours\nDelegations met on Monday for a second round.\n{line}"
    assert who(text) == [name]


def test_capitalised_words_that_are_not_a_person_do_not_speak():
    """ "Observers said", "the Security Council said": not a person."""
    text = (
        "Talks on the river basin stall again in Lusaka\n"
        "Negotiators met for a third day on Monday without agreement on the water shares.\n"
        "Observers said on Monday that “the process is stalled and nobody knows how to restart it”.\n"
    )
    assert who(text) == [None]


# -- never a clause, never a place ------------------------------------------------------------


def test_no_speaker_built_from_a_clause_french():
    """« Le ministère de la Défense avait fait état d'incidents près du village de … » is not a
    speaker's name: at most the ministry, never the clause."""
    text = (
        "Tensions à la frontière\n"
        "Le ministère de la Défense avait fait état d'incidents près du village de Kerbazan. "
        "« Nous appelons toutes les parties à la retenue, a-t-il ajouté, la situation reste tendue. »"
    )
    names = who(text)
    assert len(names) == 1
    assert names[0] in (None, "ministère de la Défense")


def test_no_speaker_built_from_a_place_english():
    """ "he noted" after a sentence about the Black Sea and the United States is not a
    place: with no man named, the quote has no speaker."""
    text = (
        "Grain exports resume after weeks of talks in Ostland\n"
        "Relations between the United States and Ostland have been tense since 2004. Talks covered grain exports through the Black Sea.\n"
        "“The discussions were frank and we expect more of them,” he noted."
    )
    assert who(text) == [None]


# -- relays, capitals, roles ------------------------------------------------------------------


def test_relay_is_not_a_speaker_french():
    """« a rapporté l'agence Reuters » and « selon l'AFP » name who relayed the words."""
    text = (
        "Accord sur la pêche\n"
        "« Les quotas seront revus en mars », a rapporté l'agence Reuters.\n"
        "« Nous sommes satisfaits », a déclaré Margit Kallasvee, selon l'AFP."
    )
    assert who(text) == [None, "Margit Kallasvee"]


def test_relay_is_not_a_speaker_english():
    """ "the state news agency reported", "according to AFP": relays, not speakers."""
    text = (
        "Fisheries accord signed between the two coastal states\n"
        "The accord was signed on Monday after two years of talks.\n"
        "“The quotas will be reviewed in March by both sides,” the state news agency reported.\n"
        "“We are satisfied with what we obtained,” Margit Kallasvee said, according to AFP."
    )
    assert who(text) == [None, "Margit Kallasvee"]


def test_capital_speaks_for_its_government_french_and_english():
    """« …, estime Ottawa » and "Canberra said" name a government, never a person."""
    fr = "Différend commercial\n« Ces mesures sont incompatibles avec l'accord », estime Ottawa."
    en = "Trade dispute\n“These measures breach the agreement,” Canberra said in a statement."
    assert quoted(fr)[0][1:] == ("Ottawa", "institution")
    assert quoted(en)[0][1:] == ("Canberra", "institution")


def test_role_without_a_name_stays_the_role():
    """« la vice-ministre chilienne de l'Énergie », "a spokesman for the Danish foreign
    ministry": the role is the speaker; a bare « le porte-parole » with nobody is unknown."""
    fr = (
        "Visite à Paris\n"
        "« Le Chili veut être un fournisseur fiable », a souligné la vice-ministre chilienne de l'Énergie.\n"
    )
    en = (
        "Ferry dispute between the two neighbours escalates\n"
        "The ferry was stopped on Sunday near the island of Kelvö.\n"
        "“We act within our own waters and under international law,” a spokesman for the Danish foreign ministry said."
    )
    bare = "Visite à Paris\n« Rien n'est décidé », a indiqué le porte-parole."
    assert who(fr) == ["vice-ministre chilienne de l'Énergie"]
    assert who(en) == ["spokesman for the Danish foreign ministry"]
    assert who(bare) == [None]


def test_headline_tag_points_to_the_minister_named_in_the_body():
    """A headline « … » (ministre) is the minister the body names."""
    text = (
        "Frontière : « Aucune réouverture ne sera possible sans garanties écrites » (ministre)\n"
        "Le ministre des Affaires étrangères, Karim Belhadj-Saïd, a fermé la porte lundi à une réouverture rapide de la frontière.\n"
        "« Nous attendons des garanties écrites », a-t-il déclaré."
    )
    assert who(text) == ["Karim Belhadj-Saïd", "Karim Belhadj-Saïd"]


def test_headline_word_before_the_colon_must_be_someone_the_page_names():
    """ "Tromelin : « … »" names an island, not a speaker: unknown rather than a place."""
    text = (
        "Kergolan : « Nous resterons fermes sur notre souveraineté »\n"
        "L'île de Kergolan est au cœur d'un différend ancien.\n"
        "« Nous resterons fermes sur le principe », a déclaré le ministre mauricien des Affaires étrangères, Ravi Goburdhun-Pillay."
    )
    assert who(text) == [None, "Ravi Goburdhun-Pillay"]


def test_outlet_that_reached_the_speaker_is_a_relay_french_and_english():
    """« Un conseiller du ministre, joint par L'Écho des Alpes, a jugé … »: the adviser speaks,
    not the newspaper; likewise "a senior official, reached by The Harbour Post"."""
    fr = (
        "Le tunnel ferroviaire divise Rome et Paris\n"
        "Les travaux ont pris deux ans de retard sur le chantier.\n"
        "Un conseiller du ministre, joint par L'Écho des Alpes, a jugé les propos italiens « malvenus à quelques jours du sommet ».\n"
    )
    en = (
        "Island states weigh a regional policing pact\n"
        "The draft was circulated to delegations last week.\n"
        "A senior official, reached by The Harbour Post, said the text was “a draft that will change before the summit”.\n"
    )
    assert who(fr) == ["conseiller du ministre"]
    assert who(en) == ["senior official"]


def test_country_before_a_body_is_a_modifier_not_a_name():
    """ "Norway's foreign ministry said": the ministry speaks, not a person named "Norway"."""
    text = (
        "Fishing boats detained off the archipelago\n"
        "Two trawlers were escorted to port on Sunday.\n"
        "“The vessels were fishing without a licence inside our zone,” Norway's foreign ministry said in a statement.\n"
    )
    assert quoted(text)[0][1:] == ("Norway's foreign ministry", "institution")


def test_surname_alone_is_the_person_with_two_family_names():
    """ "Mamani said" after "Rogelio Mamani Choque": one person, with his full name."""
    text = (
        "Chile and Bolivia agree to talk about the river basin\n"
        "Bolivian Foreign Minister Rogelio Mamani Choque spoke to his Chilean counterpart on Monday.\n"
        "“We are going to talk, not to surrender,” Mamani said in La Paz."
    )
    assert who(text) == ["Rogelio Mamani Choque"]


def test_east_asian_given_name_tells_no_gender():
    """ "Hua Jianguo" (family name first): « a-t-il indiqué » is still him."""
    text = (
        "Pékin et Astana renforcent la sécurité du corridor\n"
        "Le porte-parole du ministère, Hua Jianguo, a déclaré lors d'un point de presse que les deux pays étaient proches.\n"
        "« La sécurité du corridor est dans l'intérêt commun des deux peuples », a-t-il indiqué."
    )
    assert who(text) == ["Hua Jianguo"]


def test_headline_tag_wins_over_the_place_before_the_colon():
    """ "Luanda : « … » (ministre)": the place of the talks is not the speaker, the
    minister of the body is."""
    text = (
        "Lomé : « Pas encore d'accord sur le texte final » (ministre)\n"
        "La ministre togolaise des Affaires étrangères, Akossiwa Adjovi-Mensah, a rencontré lundi son homologue béninois.\n"
        "« Pas encore d'accord sur le texte final, mais nous avançons », a-t-elle déclaré.\n"
    )
    assert who(text) == ["Akossiwa Adjovi-Mensah", "Akossiwa Adjovi-Mensah"]


def test_role_of_a_body_with_no_holder_named_is_the_role():
    """« Le chef de la diplomatie russe … « … », a souligné le ministre »: the role, not the
    ministry its words belong to (the page never names the minister)."""
    text = (
        "Moscou met en garde contre une intervention militaire au Sahel\n"
        "Le chef de la diplomatie russe a de nouveau mis en garde mardi contre toute intervention armée.\n"
        "« Je ne souhaite pas ce genre de scénario à nos partenaires africains », a souligné le ministre.\n"
    )
    assert who(text) == ["chef de la diplomatie russe"]


@pytest.mark.parametrize(
    "line, name",
    [
        (
            "“We need facts, not speculation,” Estonian deputy foreign minister Kaarel Tamm-Rebane told reporters in Tallinn.",
            "Kaarel Tamm-Rebane",
        ),
        (
            "“We had an understanding and it has been broken,” Ostland's fisheries minister, Signe Vahtra-Lind, said on Thursday.",
            "Signe Vahtra-Lind",
        ),
        (
            "“This is unacceptable interference in our affairs,” Ostland's embassy in Paris said.",
            "Ostland's embassy",
        ),
    ],
)
def test_long_subjects_between_quote_and_verb(line, name):
    """A role before the name, a role and the name in apposition, a country's body."""
    text = f"Fishing dispute in the northern waters deepens\nTalks ended on Wednesday without agreement.\n{line}"
    assert who(text) == [name]


def test_a_clause_after_a_role_word_is_no_role():
    """« La présidente joue la carte européenne sans renoncer … » is a sentence, not the
    role of a speaker."""
    text = (
        "La Moldavie entre neutralité et Europe\n"
        "La présidente joue la carte européenne sans renoncer à la neutralité inscrite dans la Constitution.\n"
        "« Nous ne demandons pas d'entrer dans l'alliance, nous demandons la paix », a-t-elle dit.\n"
    )
    names = who(text)
    assert len(names) == 1
    assert names[0] is None or "joue" not in names[0]


def test_a_statement_speaks_for_the_body_that_issued_it():
    """ "according to a statement issued by the Presidency", « selon un communiqué du
    ministère … »: the body speaks."""
    en = (
        "Water summit closes in the capital\n"
        "Leaders met for two days on the river basin.\n"
        "Water must be “a bridge between our peoples, not a border”, according to a statement issued by the Presidency.\n"
    )
    fr = (
        "Tensions sur la frontière orientale\n"
        "Les deux pays se sont accusés mutuellement lundi.\n"
        "Selon un communiqué du ministère ostlandais des Affaires étrangères, « cette décision unilatérale met en danger tout le processus de paix ».\n"
    )
    assert who(en) == ["Presidency"]
    assert who(fr) == ["ministère ostlandais des Affaires étrangères"]


def test_role_with_a_place_is_kept_whole():
    """ "A diplomat in Baku told me … “…,” he said": the diplomat in Baku."""
    text = (
        "Caspian ferry corridor stalls between the two ports\n"
        "The corridor has not moved in months.\n"
        "A diplomat in Baku told me the same thing in reverse. “The ball is in their court,” he said.\n"
    )
    assert who(text) == ["diplomat in Baku"]


def test_possessive_names_whose_office_speaks_not_the_person():
    """ "Erdogan's communications director X said": X; "Macron's office said": the office."""
    head = "Talks on the ceasefire resume in the Gulf this week\nDelegations met on Monday in the capital.\n"
    director = (
        head
        + "“We will respond in kind to any provocation,” Erdogan's communications director Selim Kaya-Demir said."
    )
    office = (
        head
        + "“The president will attend the summit in person,” Macron's office said in a statement."
    )
    assert who(director) == ["Selim Kaya-Demir"]
    assert quoted(office)[0][1:] == ("Macron's office", "institution")


def test_the_person_a_role_belongs_to_is_not_the_speaker():
    """« la porte-parole de Vladimir Poutine », "an adviser to Zelensky": the aide speaks."""
    head = "Les discussions reprennent entre les deux capitales\nLes délégations se sont retrouvées lundi.\n"
    fr = (
        head
        + "« Aucune rencontre n'est prévue pour le moment », a déclaré la porte-parole de Vladimir Poutine."
    )
    en = head + '"No meeting is planned for the moment," an adviser to Zelensky told reporters.'
    assert who(fr) == ["porte-parole de Vladimir Poutine"]
    assert who(en) == ["adviser to Zelensky"]


def test_role_anaphor_with_a_nationality_the_page_left_implicit():
    """ "Foreign Minister X said …" then "the Ostlandic top diplomat said": X."""
    text = (
        "Ambassadors review foreign policy priorities in the capital\n"
        "Foreign Minister Kerem Aydınoğlu said on Wednesday that the ambassadors had reviewed the priorities.\n"
        "“We worked on this very systematically, region by region,” the Turkish top diplomat said."
    )
    assert who(text) == ["Kerem Aydınoğlu"]


def test_a_verb_after_a_role_is_no_part_of_it():
    """ "The President stressed …", « Le président croit pourtant … »: the role alone, never
    "President stressed"."""
    en = (
        "Water forum closes with a call for cooperation\n"
        "The President stressed that “water must be a bridge between our peoples, not a border”.\n"
    )
    names = who(en)
    assert names and all(n is None or "stressed" not in n for n in names)


def test_name_in_apposition_with_an_arabic_particle():
    """ "…, le ministre irakien des Ressources en eau, Haidar al-Jubouri, …": the minister."""
    text = (
        "Réunion sur le partage des eaux du Tigre\n"
        "Les délégations se sont retrouvées mardi à Ankara.\n"
        "« Nous voulons une solution durable, fondée sur des données partagées », a déclaré le ministre irakien des Ressources en eau, Samir al-Khafaji, à l'issue de la réunion."
    )
    assert who(text) == ["Samir al-Khafaji"]


def test_a_state_agency_speaks_a_news_agency_relays():
    """ "Denmark's energy agency said" is a body of the state; "the state news agency" and
    « l'agence officielle » only relay."""
    head = "Pipeline leak under investigation in the Baltic\nDivers reached the site on Tuesday.\n"
    state = head + "The leak was “significant and still under way”, Ostland's energy agency said."
    news = head + "The leak was “significant and still under way”, the state news agency reported."
    assert who(state) == ["Ostland's energy agency"]
    assert who(news) == [None]


def test_country_with_its_article_speaks_as_its_government():
    """« La Lituanie dénonce une « provocation » » and a dateline dash before the country."""
    fr = (
        "Incident à la frontière balte\n"
        "Un drone s'est écrasé lundi près de la frontière.\n"
        "La Lituanie dénonce une « provocation délibérée et dangereuse » de son voisin.\n"
    )
    en = "Trade dispute deepens\nOTTAWA — Ottawa says the new tariffs are “long overdue and fully justified”.\n"
    assert quoted(fr)[0][1:] == ("Lituanie", "institution")
    assert quoted(en)[0][1:] == ("Ottawa", "institution")


def test_a_capitalised_role_alone_is_that_office():
    """« le Roi », « le préfet de Corse »: one office, named as the page names it."""
    text = (
        "Visite officielle à Rabat\n"
        "La délégation a été reçue mardi au palais royal.\n"
        "Le Roi a qualifié le Sénégal de « pays frère par excellence et partenaire de toujours ».\n"
        "Le préfet de Corse a fait savoir qu'il avait écrit aux autorités « afin d'obtenir des éclaircissements rapides ».\n"
    )
    assert who(text) == ["Roi", "préfet de Corse"]


# -- the text's spelling ----------------------------------------------------------------------


def test_text_spelling_of_a_registry_name_is_kept():
    """A French page writing « Kuleba » keeps that spelling (the registry's « Kouleba » is
    an alias), so a reader finds the name the page printed."""
    result = extract_one(
        "Kiev et Varsovie\n« Nous comptons sur nos voisins », a déclaré Dmytro Kuleba mardi."
    )
    speaker = result.quotes[0].speaker
    assert speaker.name == "Dmytro Kuleba"
    assert "Dmytro Kouleba" in speaker.aliases


def test_shorter_registry_form_does_not_replace_the_full_name():
    """ "Sheikh Tamim" (a registry alias) is the emir's full name, not a shorter label."""
    result = extract_one(
        "Gulf mediation continues\nTalks went on in Doha on Sunday.\n“Qatar will continue its mediation,” said Sheikh Tamim."
    )
    assert result.quotes[0].speaker.name == "Tamim bin Hamad Al Thani"


def test_transliterated_spelling_links_to_the_registry_person():
    """ "Volodymyr Zelenski" is the registry's Volodymyr Zelensky, named as the text spells it."""
    result = extract_one(
        "Visite à Bruxelles\n« Nous ne céderons pas », a déclaré Volodymyr Zelenski."
    )
    speaker = result.quotes[0].speaker
    assert speaker.name == "Volodymyr Zelenski"
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} & set(speaker.aliases)


# -- one Speaker per person across spellings (the store) ---------------------------------------


def import_pages(tmp_path, *pages):
    from io import StringIO

    from django.core.management import call_command

    for i, page in enumerate(pages):
        (tmp_path / f"page{i}.txt").write_text(page, encoding="utf-8")
    call_command("import_articles", str(tmp_path), stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "first, second",
    [
        ("Binali Yıldırım", "Binali Yildirim"),  # dotless ı: one fold in store and extractor
        ("Dmytro Kouleba", "Dmytro Kuleba"),  # a registry person, two transliterations
        ("Oleksandr Tkatchenko", "Oleksandr Tkachenko"),  # in no registry
    ],
)
def test_one_speaker_per_person_across_spellings(tmp_path, first, second):
    """Two pages spelling one person two ways give one Speaker holding both spellings."""
    from archive.models import Speaker, Statement

    page = (
        "Réunion des ministres à Varsovie sur la sécurité régionale\n"
        "Les ministres se sont retrouvés mardi pour une journée de discussions.\n"
        "« Nous avons besoin d'une réponse commune et rapide », a déclaré {name}.\n"
    )
    import_pages(
        tmp_path, page.format(name=first), page.format(name=second).replace("mardi", "jeudi")
    )
    assert Statement.objects.count() == 2
    assert Speaker.objects.count() == 1
    from archive.text import fold

    speaker = Speaker.objects.get()
    assert {fold(first), fold(second)} <= {fold(n) for n in (speaker.name, *speaker.aliases)}
