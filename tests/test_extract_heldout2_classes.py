"""Classes of failure the second held-out round (tests/fixtures/pages/k*, batch 4) revealed,
each on a small invented page."""

from tests.classpages import HEAD_EN, HEAD_FR, LEAD_EN, LEAD_FR, quotes
from tests.goldscore import extract_one


# -- bylines -------------------------------------------------------------------------------
def test_a_job_before_the_name_and_a_bracketed_agency_leave_the_author():
    """ "By political reporter X", "Par X (avec Belga)": X wrote it; a desk is nobody."""
    page_en = HEAD_EN + "By political reporter Jane Okafor\n" + LEAD_EN + "\n"
    assert extract_one(page_en).author == "Jane Okafor"
    page_fr = HEAD_FR + "Par Marie Lenoir (avec Belga)\n" + LEAD_FR + "\n"
    assert extract_one(page_fr).author == "Marie Lenoir"
    desk = HEAD_EN + "By Staff Reporter, Gulf Courier\n" + LEAD_EN + "\n"
    assert extract_one(desk).author is None


# -- speakers ------------------------------------------------------------------------------
def test_a_clause_before_an_incise_is_never_the_speaker():
    """« Le gouvernement va doubler son aide, a annoncé mardi le ministre X » : X speaks, and
    « a-t-il souligné » is X, never the clause before the comma."""
    lead = (
        "Le gouvernement gabonais va doubler son aide aux pêcheurs cette année, a annoncé "
        "mardi le ministre de la Pêche, Rodrigue Mba-Ondo."
    )
    page = HEAD_FR + lead + "\n« Nous ne laisserons personne de côté », a-t-il souligné.\n"
    assert quotes(extract_one(page)) == {"Nous ne laisserons personne de côté": "Rodrigue Mba-Ondo"}


def test_the_words_a_speaker_thanks_someone_for_are_a_statement():
    """ "thanked X for their “…”", « a remercié X pour son « … » »: the thanker's words."""
    en = (
        HEAD_EN
        + LEAD_EN
        + '\nThe host minister, Abel Tesfaye, thanked delegations for their "firm solidarity".\n'
    )
    assert quotes(extract_one(en)) == {"firm solidarity": "Abel Tesfaye"}
    fr = (
        HEAD_FR
        + LEAD_FR
        + "\nLe gouvernement malien a remercié Dakar pour son « soutien constant ».\n"
    )
    assert quotes(extract_one(fr)) == {"soutien constant": "gouvernement malien"}


# -- furniture -----------------------------------------------------------------------------
def test_record_feed_and_reuse_notices_and_player_lines_are_furniture():
    """A UN summary's footer, a syndicated-feed note, a transcript note, a hyperlink
    condition and podcast player lines are not the article."""
    notices = (
        "For information media. Not an official record.\n"
        "(This story has not been edited by Courier staff and is auto-generated from a "
        "syndicated feed.)\n"
        "This transcript was generated automatically and may contain errors.\n"
        "En cas de citation, un lien hypertexte vers notre site est obligatoire.\n"
        "Listen on Apple Podcasts\nListen duration 6′ 12″\n"
    )
    assert extract_one(HEAD_EN + LEAD_EN + "\n" + notices).body == [LEAD_EN]


def test_a_state_letterhead_is_furniture_and_its_issuer_the_source():
    """« RÉPUBLIQUE DU X » and its motto head an official text: neither is the title nor
    the source; the ministry in capitals under them is the source, « COMMUNIQUÉ » the title."""
    page = (
        "RÉPUBLIQUE DU NIGER\nFraternité – Travail – Progrès\n"
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA COOPÉRATION\nCOMMUNIQUÉ\n"
        "Le Ministre des Affaires étrangères informe l'opinion de l'ouverture, le 2 mai 2024, "
        "d'une ambassade à Accra.\nFait à Niamey, le 20 avril 2024\n"
    )
    result = extract_one(page)
    assert result.title == "COMMUNIQUÉ"
    assert result.source.name == "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA COOPÉRATION"
    assert result.author is None  # « Fait à Niamey, le … » signs the place, not a person
    assert result.published.date().isoformat() == "2024-04-20"  # and dates the text
    assert result.body[0].startswith("Le Ministre des Affaires étrangères informe")


def test_a_desk_byline_names_no_author_and_stays_out_of_the_body():
    page = HEAD_EN + "By Staff Reporter, Gulf Courier\n" + LEAD_EN + "\n"
    result = extract_one(page)
    assert (result.author, result.body) == (None, [LEAD_EN])


def test_the_record_fields_of_an_archived_speech_are_furniture_and_its_title_stated():
    """vie-publique style: a title written as a sentence, « Prononcé le … », then
    « Intervenant(s) : », « Circonstance : », « Thématique(s) : » fields above the text."""
    speech = "Je vous remercie de m'accueillir pour parler de l'élargissement de l'Union."
    page = (
        "vie-publique.fr\nDiscours publics\n"
        "Déclaration de Mme Anne Roussel, ministre déléguée chargée de l'Europe, sur "
        "l'élargissement, à Paris le 4 mars 2025.\nPrononcé le 4 mars 2025\n"
        "Intervenant(s) : Anne Roussel - Ministre déléguée chargée de l'Europe\n"
        "Circonstance : Audition devant la commission des affaires européennes du Sénat\n"
        "Thématique(s) : Union européenne\nTexte intégral\n"
        "Monsieur le Président, Mesdames et Messieurs les sénateurs,\n" + speech + "\n"
    )
    result = extract_one(page)
    assert result.title.startswith("Déclaration de Mme Anne Roussel")
    assert result.body == ["Monsieur le Président, Mesdames et Messieurs les sénateurs,", speech]


def test_a_date_line_with_abbreviated_weekdays_is_a_date_line():
    """ "Posted Tue 14 Mar 2023 at 5:12am, updated Tue 14 Mar 2023 at 9:40am" dates the page."""
    line = "Posted Tue 14 Mar 2023 at 5:12am, updated Tue 14 Mar 2023 at 9:40am\n"
    result = extract_one(HEAD_EN + line + LEAD_EN + "\n")
    assert result.published.date().isoformat() == "2023-03-14"
    assert result.body == [LEAD_EN]


def test_a_state_seat_speaks_for_the_state_not_the_states_it_speaks_for():
    """ "The representative of Gabon, speaking also for Ghana and Mozambique, called for
    “…”": Gabon's seat speaks (countries of the world are places, never people)."""
    line = (
        "The representative of Gabon, speaking also for Ghana and Mozambique, called for "
        '"an immediate ceasefire".'
    )
    said = quotes(extract_one(HEAD_EN + LEAD_EN + "\n" + line + "\n"))
    assert said == {"an immediate ceasefire": "representative of Gabon"}


def test_a_relative_clause_between_subject_and_verb_does_not_change_the_speaker():
    line = (
        "Minister of State Vikram Lal, who held talks with visiting Cypriot Deputy Minister "
        'Eleni Stavrou, described the ties as "time-tested".'
    )
    said = quotes(extract_one(HEAD_EN + LEAD_EN + "\n" + line + "\n"))
    assert said == {"time-tested": "Vikram Lal"}


def test_doubled_apostrophes_take_their_incise():
    """''…'', a dit la ministre X: the doubled marks close the quote, X said it."""
    line = (
        "''Nos deux peuples n'en font qu'un'', a dit la ministre des Affaires étrangères, "
        "Aïssatou Ndiaye Faye, à l'issue de la réunion."
    )
    said = quotes(extract_one(HEAD_FR + LEAD_FR + "\n" + line + "\n"))
    assert said == {"Nos deux peuples n'en font qu'un": "Aïssatou Ndiaye Faye"}


def test_a_salutation_is_nobody():
    """« Monsieur le Président, Mesdames et Messieurs les députés, » opens a speech: the
    role quoted next speaks, not « Mesdames »."""
    page = (
        HEAD_FR + "Monsieur le Président, Mesdames et Messieurs les députés,\n"
        "Le président de la République l'a dit à Prague : « l'Europe doit se préparer ».\n"
    )
    assert quotes(extract_one(page)) == {"l'Europe doit se préparer": "président de la République"}
