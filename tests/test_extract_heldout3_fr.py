"""Classes of failure the third held-out round of French pages (tests/fixtures/pages/m01-m15,
batch 5) revealed, each on a small invented page."""

from tests.classpages import HEAD_FR, LEAD_FR, quotes
from tests.goldscore import extract_one

LEAD_2 = (
    "Les deux délégations doivent se retrouver en juin à Nouakchott pour faire le point sur "
    "l'application du protocole et sur le contrôle des licences de pêche."
)


# -- page furniture ------------------------------------------------------------------------
def test_a_teaser_inserted_between_two_paragraphs_is_furniture():
    """« À lire aussi » (or « A lire aussi ») and its headline between two paragraphs: the
    article goes on below it."""
    for header in ("À lire aussi", "A lire aussi", "Lire aussi"):
        page = (
            HEAD_FR
            + LEAD_FR
            + f"\n{header}\n"
            + "Pêche : les chalutiers étrangers interdits dans la zone des trois milles\n"
            + LEAD_2
            + "\n"
        )
        assert extract_one(page).body == [LEAD_FR, LEAD_2]


def test_reading_times_buttons_and_live_page_labels_are_furniture():
    page = (
        HEAD_FR
        + "Lecture : 3 minutes.\nLecture 2 min.\nAnnuler\nL'essentiel\n"
        + LEAD_FR
        + "\nRendez-vous demain pour suivre l'actualité de la pêche en Afrique de l'Ouest.\n"
    )
    assert extract_one(page).body == [LEAD_FR]


def test_readers_comments_under_vos_commentaires_are_not_the_article():
    page = (
        HEAD_FR
        + LEAD_FR
        + "\nVos commentaires\nPosté par Wendpouiré le 16 mars 2023 à 07:41\n"
        + "Enfin une bonne nouvelle pour les pêcheurs de la Petite-Côte, il était temps.\n"
        + "Répondre à ce message\n"
    )
    assert extract_one(page).body == [LEAD_FR]


def test_an_outlet_before_the_byline_and_the_signature_under_the_text():
    """« LEFASO.NET | Par X • mercredi 15 mars 2023 à 22h30min » names X; X and the site's
    name alone under the last paragraph sign the article."""
    page = (
        "Lefaso.net\nDakar et Nouakchott renouvellent leur protocole de pêche\n"
        "LEFASO.NET | Par Aïcha Kaboré • mercredi 15 mars 2023 à 22h30min\n"
        + LEAD_FR
        + "\n"
        + LEAD_2
        + "\nAïcha Kaboré\nLefaso.net\n"
    )
    result = extract_one(page)
    assert result.author == "Aïcha Kaboré"
    assert result.published.date().isoformat() == "2023-03-15"
    assert result.body == [LEAD_FR, LEAD_2]


def test_bylines_that_name_the_outlet_first():
    """« Article rédigé par franceinfo - A. Mercier » is Mercier's; « Par SudOuest.fr avec
    AFP » names a site and an agency, nobody."""
    rediges = extract_one(HEAD_FR + "Article rédigé par franceinfo - A. Mercier\n" + LEAD_FR)
    assert rediges.author == "A. Mercier"
    assert rediges.body == [LEAD_FR]
    site = extract_one(HEAD_FR + "Par SudOuest.fr avec AFP\n" + LEAD_FR)
    assert site.author is None
    assert site.body == [LEAD_FR]


def test_photo_captions_below_a_credit_beside_a_position_or_above_an_archive_credit():
    """ "Photo: X Agence" under the headline, then its caption; a caption that says who stands
    where (« (à droite) »); a caption written as a sentence above « Archives X / « Y » »."""
    title = "Dakar et Nouakchott renouvellent leur protocole de pêche"
    below = extract_one(
        f"Le Quotidien\n{title}\nPhoto: Adrian Lemieux La Presse canadienne\n"
        "Le ministre des Pêches, Moussa Diallo, lundi, au port de Dakar\n"
        "Awa Traoré\n15 mars 2023\n" + LEAD_FR
    )
    assert below.title == title
    assert below.body == [LEAD_FR]
    position = extract_one(
        HEAD_FR
        + "Par Awa Traoré • mercredi 15 mars 2023 à 10h30min\n"
        + "Le ministre des Pêches Moussa Diallo (à droite) et son homologue mauritanien\n"
        + LEAD_FR
    )
    assert position.body == [LEAD_FR]
    archive = extract_one(
        HEAD_FR
        + LEAD_FR
        + "\nLe port de pêche de Kayar, en janvier dernier.\n"
        + "Archives Awa Traoré / « Le Quotidien »\n"
        + LEAD_2
    )
    assert archive.body == [LEAD_FR, LEAD_2]


def test_a_release_dateline_and_its_issuer_label_are_furniture():
    """ "Le 16 mars 2023 - Ottawa (Ontario) - Affaires mondiales Canada" dates the release and
    is no title; « De : Affaires mondiales Canada » names its issuer."""
    title = "Déclaration de la ministre des Affaires étrangères sur les élections au Bénin"
    page = (
        f"Gouvernement du Canada\nNouvelles\n{title}\nDe : Affaires mondiales Canada\n"
        "Déclaration\nLe 16 mars 2023 - Ottawa (Ontario) - Affaires mondiales Canada\n" + LEAD_FR
    )
    result = extract_one(page)
    assert result.title == title
    assert result.published.date().isoformat() == "2023-03-16"
    assert result.body == [LEAD_FR]


# -- who speaks ----------------------------------------------------------------------------
LEDE_ZONGO = (
    "Le ministre burkinabè des Affaires étrangères, Issouf Zongo, a reçu mercredi à "
    "Ouagadougou son homologue ivoirien, Koffi Adjoumani-Brou."
)


def test_a_narrative_infinitive_goes_on_with_the_speaker():
    """« Puis de poursuivre : « … » », « Et d'ajouter : « … » »: the one who was speaking."""
    page = (
        HEAD_FR
        + LEDE_ZONGO
        + "\n« Aucun pays ne peut vaincre seul le terrorisme », a déclaré M. Zongo.\n"
        + "Puis de poursuivre : « Nous avons demandé que les contrôles soient harmonisés. »\n"
        + "Et d'ajouter : « Le pont de Niangoloko appartient aux deux peuples. »\n"
    )
    assert set(quotes(extract_one(page)).values()) == {"Issouf Zongo"}


def test_the_article_of_a_role_tells_the_holders_gender():
    """« Le ministre burkinabè des … » is a man whatever the adjective's ending: « a-t-il »
    after « le chef de la diplomatie burkinabè » is Zongo, not the other man named."""
    page = (
        HEAD_FR
        + LEDE_ZONGO
        + "\nLe chef de la diplomatie burkinabè a indiqué que les deux pays allaient coopérer. "
        + "« Aucun pays ne peut vaincre seul le terrorisme », a-t-il soutenu.\n"
    )
    assert quotes(extract_one(page)) == {
        "Aucun pays ne peut vaincre seul le terrorisme": "Issouf Zongo"
    }


def test_le_ministre_after_a_woman_minister_is_the_man_named_as_her_counterpart():
    page = (
        HEAD_FR
        + "La ministre sénégalaise des Affaires étrangères, Fatou Ndiaye Sarr, a ouvert lundi "
        + "à Banjul les travaux de la commission mixte.\n"
        + "Son homologue gambien, Lamin Touray-Jallow, s'est montré plus réservé. Le ministre "
        + "a évoqué des « frustrations légitimes » chez les transporteurs.\n"
    )
    assert quotes(extract_one(page)) == {"frustrations légitimes": "Lamin Touray-Jallow"}


def test_an_incise_after_a_headline_quote_names_its_speaker():
    """ "Sénégal-Gambie : « … », assure X": X, named after the quote, not the place."""
    page = (
        "Le Quotidien\n"
        "Sénégal-Gambie : « Nous ne sommes pas là pour donner des leçons », assure Fatou "
        "Ndiaye Sarr\n"
        "La ministre sénégalaise des Affaires étrangères, Fatou Ndiaye Sarr, a ouvert lundi "
        "à Banjul les travaux de la commission mixte.\n"
    )
    assert quotes(extract_one(page)) == {
        "Nous ne sommes pas là pour donner des leçons": "Fatou Ndiaye Sarr"
    }


def test_a_pronoun_that_takes_up_the_subject_and_a_site_s_name_are_no_speakers():
    """« La société civile de Mahagi, elle, dénonce « … » » is the civil society; in
    « Contacté par ACTUALITE.CD, un officier … », "CD" is no one."""
    page = (
        HEAD_FR
        + "Contacté par ACTUALITE.CD, un officier de l'état-major ougandais a parlé d'une "
        + "« erreur de navigation ».\n"
        + "La société civile de Mahagi, elle, dénonce « un mépris répété » de la souveraineté "
        + "congolaise.\n"
    )
    assert quotes(extract_one(page)) == {
        "erreur de navigation": "officier de l'état-major ougandais",
        "un mépris répété": "société civile de Mahagi",
    }


def test_a_relative_clause_after_a_quote_is_no_attribution():
    """« La ministre a dit s'attendre à « … » de la part de X, qui n'avait pas répondu »: the
    minister speaks, not the one the relative clause is about."""
    page = (
        HEAD_FR
        + "La ministre des Affaires étrangères, Geneviève Lacasse-Tran, a convoqué mardi "
        + "l'ambassadeur du Guatemala.\n"
        + "La ministre a dit s'attendre à « des explications complètes » de la part de "
        + "Guatemala, qui n'avait pas répondu mardi soir.\n"
    )
    assert quotes(extract_one(page)) == {"des explications complètes": "Geneviève Lacasse-Tran"}


def test_what_a_speaker_judged_an_object_to_be_is_a_statement():
    """« a jugé le projet « inacceptable » »: the project is not named « inacceptable »."""
    page = (
        HEAD_FR
        + "La ministre lituanienne des Affaires étrangères, Rasa Žemaitienė, a jugé le projet "
        + "«inacceptable» et convoqué le chargé d'affaires biélorusse.\n"
    )
    assert quotes(extract_one(page)) == {"inacceptable": "Rasa Žemaitienė"}


def test_a_bracketed_party_after_a_name_and_the_eurodeputy_role():
    page = (
        HEAD_FR
        + "L'eurodéputée Ingrid Vaszary (Renew Europe) est allée plus loin, qualifiant "
        + "l'attitude serbe de « double jeu ». « On ne peut pas ouvrir des chapitres de "
        + "négociation avec ce pays », a-t-elle déclaré.\n"
    )
    found = quotes(extract_one(page))
    assert len(found) == 2
    assert all(speaker and speaker.endswith("Ingrid Vaszary") for speaker in found.values())


def test_a_lone_registry_surname_opening_a_longer_name_is_that_longer_name():
    """ "Jean-Pierre Mvondo Nkou" is not the registry's Karine Jean-Pierre."""
    page = (
        HEAD_FR
        + "Le ministre des Relations extérieures, Jean-Pierre Mvondo Nkou, a salué « la "
        + "constance » de la coopération entre Yaoundé et Séoul.\n"
    )
    assert quotes(extract_one(page)) == {"la constance": "Jean-Pierre Mvondo Nkou"}


def test_the_diplomat_is_the_ambassador_named_before():
    page = (
        HEAD_FR
        + "Le ministre des Relations extérieures, Jean-Pierre Mvondo Nkou, a reçu hier Park "
        + "Min-jae, ambassadeur de la République de Corée au Cameroun.\n"
        + "Au sortir de l'audience, le diplomate sud-coréen a annoncé une enveloppe de 50 "
        + "millions de dollars. « Ce financement ira aux routes du Grand Nord », a-t-il "
        + "déclaré à la presse.\n"
    )
    assert quotes(extract_one(page)) == {
        "Ce financement ira aux routes du Grand Nord": "Park Min-jae"
    }


def test_selon_lui_is_the_named_subject_of_its_sentence_or_no_one():
    """« Le Minrex a salué …, qui a, selon lui, « … » »: « lui » is the Minrex (whom the page
    does not name), not the ambassador who spoke before."""
    page = (
        HEAD_FR
        + "L'ambassadeur de Corée, Park Min-jae, a annoncé une enveloppe de 50 millions de "
        + "dollars. « Le Cameroun y a toute sa place », a-t-il déclaré.\n"
        + "Le Minrex a pour sa part salué la coopération entre Yaoundé et Séoul, qui a, "
        + "selon lui, « toujours répondu aux attentes » du gouvernement.\n"
    )
    assert quotes(extract_one(page))["toujours répondu aux attentes"] is None


def test_a_statement_introduced_by_a_colon_in_the_paragraph_before():
    """« L'honorable X, ministre …, a fait aujourd'hui la déclaration suivante : » then the
    statement, reopened at each paragraph."""
    page = (
        HEAD_FR
        + "L'honorable Mélodie Arsenault-Kaba, ministre des Affaires étrangères, a fait "
        + "aujourd'hui la déclaration suivante :\n"
        + "« Le Canada salue la tenue pacifique des élections législatives au Bénin.\n"
        + "« Le Canada demeure un partenaire engagé du Bénin. »\n"
    )
    assert set(quotes(extract_one(page)).values()) == {"Mélodie Arsenault-Kaba"}


def test_reproaching_is_speech():
    page = (
        HEAD_FR
        + "Le député conservateur Raymond Tessier-Gill a reproché au gouvernement d'avoir "
        + "« perdu deux ans » dans ce dossier.\n"
    )
    assert quotes(extract_one(page)) == {"perdu deux ans": "Raymond Tessier-Gill"}


def test_a_pronoun_after_selon_une_source_is_that_source():
    """« Selon une source diplomatique sénégalaise, … « … », confie-t-elle »: the source (a
    role that says whose it is), not the woman minister named before."""
    page = (
        HEAD_FR
        + "La ministre sénégalaise des Affaires étrangères, Fatou Ndiaye Sarr, a ouvert lundi "
        + "à Banjul les travaux de la commission mixte.\n"
        + "Selon une source diplomatique sénégalaise, les délégations se sont entendues sur un "
        + "calendrier. « Le plus dur est fait », confie-t-elle.\n"
    )
    assert quotes(extract_one(page)) == {"Le plus dur est fait": "source diplomatique sénégalaise"}


def test_a_bare_name_above_the_place_it_writes_from_and_the_date_is_the_byline():
    """« Hélène Bouchard-Nguyen » / « à Ottawa » / « 15 mars 2023 »."""
    page = HEAD_FR + "Hélène Bouchard-Nguyen\nà Ottawa\n15 mars 2023\n" + LEAD_FR + "\n"
    result = extract_one(page)
    assert result.author == "Hélène Bouchard-Nguyen"
    assert result.body == [LEAD_FR]
