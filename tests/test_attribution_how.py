"""Attributions a few words away from the quote, and how each speaker was found: the
mechanism and a confidence, carried to the JSON output, the database, the article page and
the exports."""

import csv
import io
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive.ingest.attribution import is_uncertain
from archive.models import Article, Statement
from tests.goldscore import extract_one, speakers

FR_TITLE = "Les deux pays reprennent les discussions sur la pêche en mer du Nord"
EN_TITLE = "Two neighbours resume talks on fishing rights in the North Sea"


def page(title: str, *lines: str) -> str:
    return "\n\n".join((title, *lines)) + "\n"


def methods(result) -> list[tuple[str, str]]:
    return [(q.text, q.method) for q in result.quotes]


# Incises and attributions a few words away.


def test_semicolon_before_the_incise():
    result = extract_one(
        page(
            FR_TITLE,
            "« Nous ne céderons pas sur ce point, ni maintenant ni plus tard »; a affirmé le "
            "ministre islandais Jonas Berg.",
        )
    )
    assert speakers(result) == [
        ("Nous ne céderons pas sur ce point, ni maintenant ni plus tard", "Jonas Berg")
    ]
    assert result.quotes[0].method == "incise"


def test_complements_before_an_inverted_subject():
    result = extract_one(
        page(
            FR_TITLE,
            "« Les discussions avancent dans un esprit constructif », a indiqué aux "
            "journalistes, lundi à Quito, le porte-parole du ministère, Marco Vélez.",
        )
    )
    assert speakers(result) == [
        ("Les discussions avancent dans un esprit constructif", "Marco Vélez")
    ]


def test_a_name_after_a_time_word_is_the_inverted_subject():
    result = extract_one(
        page(
            FR_TITLE,
            "« Le chalutier n'a jamais quitté les eaux internationales », a déclaré jeudi "
            "Bogdan Wrzosek, porte-parole de l'Office maritime de Kołobrzeg.",
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Bogdan Wrzosek"]


def test_pour_la_ministre_names_who_speaks():
    result = extract_one(
        page(
            FR_TITLE,
            "Pour la ministre Hélène Dufresne, cet accord « ouvre une nouvelle page dans les "
            "relations entre nos deux pays ».",
            "Pour la première fois depuis 2019, les flottes pourront pêcher dans la zone.",
        )
    )
    assert speakers(result) == [
        ("ouvre une nouvelle page dans les relations entre nos deux pays", "Hélène Dufresne")
    ]
    assert result.quotes[0].method == "according to"


def test_quote_first_lede_takes_the_person_named_in_the_next_sentence():
    en = extract_one(
        page(
            EN_TITLE,
            '"We will not sign an agreement that harms our fishermen." Chilean Fisheries '
            "Minister Rosa Ibarra opened Monday's talks in Valparaíso with those words.",
            "The talks resume in Valparaíso next week.",
        )
    )
    assert [q.speaker.name for q in en.quotes if q.speaker] == ["Rosa Ibarra"]
    assert en.quotes[0].method == "adjacent sentence"
    assert is_uncertain(en.quotes[0].confidence)
    fr = extract_one(
        page(
            FR_TITLE,
            "« Nous ne signerons pas un accord qui ruine nos pêcheurs. »",
            "C'est en ces termes que la ministre chilienne de la Pêche, Rosa Ibarra, a ouvert "
            "lundi les discussions à Valparaíso.",
        )
    )
    assert [q.speaker.name for q in fr.quotes if q.speaker] == ["Rosa Ibarra"]


def test_no_next_sentence_guess_once_the_article_has_quoted_someone():
    """Only a quote opening the article's statements is a quote-first lede; later quotes
    with no cue are not credited to whoever the next sentence quotes."""
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre Jonas Berg a rencontré lundi son homologue à Oslo.",
            "« Nous avançons lentement, mais nous avançons », a-t-il souligné.",
            "Plusieurs délégations ont exprimé leur inquiétude sur les quotas de hareng.",
            "« La question des quotas reste entière. »",
            "La commissaire Lucía Ferrandis a déclaré que « rien n'est encore décidé ».",
        )
    )
    said = dict(speakers(result))
    assert said["La question des quotas reste entière."] != "Lucía Ferrandis"


def test_pull_quote_takes_the_speaker_of_the_quote_it_repeats():
    result = extract_one(
        page(
            EN_TITLE,
            "Chilean Fisheries Minister Rosa Ibarra opened the talks in Valparaíso on Monday.",
            "\u201cWe will not be rushed into a bad deal\u201d",
            "The first day was spent on quotas for hake and anchovy, delegates said.",
            "The agenda also covers patrols along the maritime border between the two countries.",
            "\u201cOur fishermen have waited ten years. We will not be rushed into a bad deal, "
            "and we will not walk away either,\u201d Ibarra told reporters.",
        )
    )
    pull = result.quotes[0]
    assert pull.text == "We will not be rushed into a bad deal"
    assert pull.speaker.name == "Rosa Ibarra"
    assert pull.method == "pull-quote"


# How sure: names next to the quote are sure, guesses are not.


def test_confidence_orders_a_name_a_pronoun_and_a_carried_over_speaker():
    result = extract_one(
        page(
            FR_TITLE,
            "« Nous avançons lentement, mais nous avançons », a déclaré le ministre islandais "
            "Jonas Berg à Reykjavik.",
            "« Les quotas de hareng restent le principal obstacle », a-t-il ajouté.",
            "« Il faudra encore plusieurs séances avant un accord sur le cabillaud. »",
        )
    )
    named, pronoun, carried = result.quotes
    assert [q.speaker.name for q in result.quotes] == ["Jonas Berg"] * 3
    assert (named.named_by, pronoun.named_by) == ("name", "pronoun")
    assert (named.method, pronoun.method, carried.method) == (
        "incise",
        "incise",
        "current speaker",
    )
    assert named.confidence > pronoun.confidence > carried.confidence
    assert not is_uncertain(named.confidence) and not is_uncertain(pronoun.confidence)
    assert is_uncertain(carried.confidence)


def test_a_quote_without_a_speaker_has_no_method_and_no_confidence():
    result = extract_one(
        page(
            EN_TITLE,
            "Delegates met behind closed doors in Valparaíso.",
            '"The hake quota is the hard part and nobody here wants to move first."',
        )
    )
    assert [(q.speaker, q.method, q.confidence) for q in result.quotes] == [(None, "", 0.0)]


def test_extract_json_gives_each_quote_its_method_and_confidence(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        page(
            FR_TITLE,
            "« Nous avançons lentement, mais nous avançons », a déclaré le ministre islandais "
            "Jonas Berg à Reykjavik.",
        ),
        encoding="utf-8",
    )
    out = StringIO()
    call_command("extract", str(path), "--format", "json", stdout=out)
    [quote] = json.loads(out.getvalue())[0]["quotes"]
    assert quote["speaker"] == "Jonas Berg"
    assert (quote["method"], quote["named_by"]) == ("incise", "name")
    assert 0.9 <= quote["confidence"] <= 1.0


# Stored, shown and exported.

CARRIED_OVER = page(
    FR_TITLE,
    "« Nous avançons lentement, mais nous avançons », a déclaré le ministre islandais "
    "Jonas Berg à Reykjavik.",
    "« Il faudra encore plusieurs séances avant un accord sur le cabillaud. »",
)


@pytest.mark.django_db(transaction=True)
def test_uncertain_attributions_are_stored_shown_and_exported(tmp_path, client):
    path = tmp_path / "peche.txt"
    path.write_text(CARRIED_OVER, encoding="utf-8")
    call_command("import_articles", str(path), stdout=StringIO(), stderr=StringIO())
    sure, guessed = Statement.objects.order_by("position")
    assert (sure.attribution, guessed.attribution) == ("incise", "current speaker")
    assert not sure.uncertain and guessed.uncertain

    html = client.get(Article.objects.get().get_absolute_url()).content.decode()
    assert html.count("attribution incertaine") == 1
    assert html.count('class="statement uncertain"') == 1

    response = client.get(reverse("search:export_csv"), {"q": "cabillaud", "mode": "statements"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["speaker"], r["attribution"], r["uncertain"]) for r in rows] == [
        ("Jonas Berg", "current speaker", "true")  # booleans as in JSON
    ]
    data = json.loads(
        client.get(reverse("search:export_json"), {"q": "avançons", "mode": "statements"}).content
    )
    assert [(r["attribution"], r["uncertain"]) for r in data["results"]] == [("incise", False)]
    assert data["results"][0]["confidence"] >= 0.9


# The verb that introduces a quote, when several stand around it.


def test_the_attribution_closing_the_sentence_covers_its_quotes():
    result = extract_one(
        page(
            EN_TITLE,
            'The ministry has branded the naval drills "provocative" and said the navy would '
            'take "all necessary measures", ministry spokesman Pavel Ostrovsky told reporters '
            "on Thursday.",
        )
    )
    assert speakers(result) == [
        ("provocative", "Pavel Ostrovsky"),
        ("all necessary measures", "Pavel Ostrovsky"),
    ]


def test_an_incise_wrapped_onto_the_next_line():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg est arrivé lundi à Oslo.",
            "« Nos relations restent bonnes, mais elles ne peuvent pas reposer sur des "
            "malentendus »,",
            "a déclaré l'ambassadeur norvégien, Per Haugland, à la presse.",
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Per Haugland"]


def test_the_agent_of_a_passive_verb_of_speech_is_the_speaker():
    result = extract_one(
        page(
            FR_TITLE,
            "Oslo a suspendu mardi 300 licences de pêche, une décision qualifiée de "
            "« brutale » par le ministre islandais de la Pêche, Jonas Berg.",
        )
    )
    assert speakers(result) == [("brutale", "Jonas Berg")]


def test_the_antecedent_of_a_relative_pronoun_is_the_speaker():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg a répondu mardi à son homologue norvégien, Per "
            "Haugland, qui avait qualifié la proposition d'« impasse ».",
        )
    )
    assert speakers(result) == [("impasse", "Per Haugland")]


def test_the_subject_before_a_colon_speaks_when_no_verb_of_speech_does():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg a rencontré lundi son homologue à Oslo.",
            "Un économiste de l'université de Bergen, Per Haugland, se montre plus prudent : "
            "« Tant que les quotas ne sont pas votés, rien n'est acquis. »",
        )
    )
    assert speakers(result)[-1] == (
        "Tant que les quotas ne sont pas votés, rien n'est acquis.",
        "Per Haugland",
    )
    assert result.quotes[-1].method == "subject before a colon"


def test_a_noun_of_speech_is_not_a_verb_of_speech():
    """« après l'annonce d'une réduction » does not make « une réduction » the speaker."""
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg a fustigé mardi « un chantage inacceptable » de la "
            "part d'Oslo, après l'annonce d'une réduction des quotas de hareng.",
        )
    )
    assert speakers(result) == [("un chantage inacceptable", "Jonas Berg")]


def test_coordinated_verbs_share_the_subject_that_opens_the_clause():
    result = extract_one(
        page(
            EN_TITLE,
            "Ambassador Ignacio Pardo Vial thanked the minister and said that his priority "
            'would be "to bring our universities closer."',
        )
    )
    assert speakers(result) == [("to bring our universities closer.", "Ignacio Pardo Vial")]


def test_an_incise_running_onto_the_next_wrapped_line():
    result = extract_one(
        page(
            EN_TITLE,
            '"We remain committed to a fair agreement that serves all three',
            'countries, and we will keep the door open," Chilean fisheries ministry',
            "spokesman Tomás Aravena Soto told a news conference.",
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Tomás Aravena Soto"]
    assert result.quotes[0].method == "incise"


def test_complement_right_after_an_inverted_verb():
    result = extract_one(
        page(
            FR_TITLE,
            "« Nous ne voulons pas de conflit avec nos voisins », affirme, sous couvert "
            "d'anonymat, un conseiller du ministre islandais de la Pêche, Jonas Berg.",
        )
    )
    assert [q.speaker_label for q in result.quotes] == [
        "un conseiller du ministre islandais de la Pêche, Jonas Berg"
    ]


def test_subject_of_a_verb_after_an_earlier_quote_of_the_sentence():
    """« … a salué des relations « excellentes », rappelant que le président avait qualifié
    … »: the second quote's verb has its own subject, after « que »."""
    result = extract_one(
        page(
            FR_TITLE,
            "Lors d'un point de presse, la ministre Sigrun Halldorsdottir a salué des "
            "relations « excellentes », rappelant que le président Olafur Ragnarsson avait "
            "qualifié l'Islande de « pays ami par excellence ».",
        )
    )
    assert speakers(result) == [
        ("excellentes", "Sigrun Halldorsdottir"),
        ("pays ami par excellence", "Olafur Ragnarsson"),
    ]


def test_as_a_colleague_put_it():
    result = extract_one(
        page(
            EN_TITLE,
            "Fisheries minister Rosa Ibarra met her counterpart on Monday.",
            'As Chilean negotiator Tomás Aravena Soto put it to me, "A council that does not '
            'meet is a council that does not exist."',
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Tomás Aravena Soto"]


def test_closing_said_after_a_comma_inside_the_last_quote():
    result = extract_one(
        page(
            EN_TITLE,
            "\u2018By issuing the report, Oslo once again spread false stories about the "
            "fishing grounds\u2019 and sanctioned Icelandic firms \u2018citing the so-called "
            "quota problems,\u2019 said Foreign Ministry spokeswoman Sigrun Halldorsdottir.",
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Sigrun Halldorsdottir"] * 2


def test_that_both_sides_called_is_their_word():
    result = extract_one(
        page(EN_TITLE, 'The envoys ended two days of talks that both sides called "constructive."')
    )
    assert [q.text for q in result.quotes] == ["constructive."]


def test_which_it_called_is_the_speakers_word():
    result = extract_one(
        page(
            EN_TITLE,
            "Fisheries minister Rosa Ibarra criticised the ruling, which she called "
            '"a political decision".',
        )
    )
    assert [q.text for q in result.quotes] == ["a political decision"]


def test_has_before_the_verb_is_no_inversion():
    """ "Norway has accused Iceland of …": the subject is before the verb ("has" is not "as")."""
    result = extract_one(
        page(
            EN_TITLE,
            "Fisheries minister Torbjørn Hauge-Lindahl has accused Reykjavík of a "
            '"unilateral and unjustified" increase in its quota.',
        )
    )
    assert speakers(result) == [("unilateral and unjustified", "Torbjørn Hauge-Lindahl")]


def test_a_relay_after_the_quote_does_not_replace_the_speaker():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg a de son côté dénoncé « les abus » des chalutiers "
            "étrangers, d'après l'agence officielle.",
        )
    )
    assert speakers(result) == [("les abus", "Jonas Berg")]


def test_what_a_speaker_says_of_themselves():
    result = extract_one(
        page(FR_TITLE, "Le ministre islandais Jonas Berg s'est dit « profondément préoccupé »."),
    )
    assert speakers(result) == [("profondément préoccupé", "Jonas Berg")]


def test_capitalised_states_is_a_name_not_a_verb():
    result = extract_one(
        page(
            EN_TITLE,
            "State Department spokesman Ned Carraway told reporters that the United States "
            'was "deeply concerned" by the boarding.',
        )
    )
    assert speakers(result) == [("deeply concerned", "Ned Carraway")]


def test_adverbial_between_an_inverted_verb_and_its_subject():
    result = extract_one(
        page(
            FR_TITLE,
            "« L'Islande soutient pleinement cette initiative », a affirmé pour sa part Mme "
            "Sigrun Halldorsdottir, ajoutant que Reykjavik était « prêt à accueillir la "
            "prochaine session ».",
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Sigrun Halldorsdottir"] * 2


def test_quote_opening_on_a_verb_of_speech_and_a_coordinated_verb():
    """« le ministère ‘’salue …’’ et indique que … ‘’…’’ »: doubled single marks; the
    subject written before the quote, shared by the verb after « et »."""
    result = extract_one(
        page(
            FR_TITLE,
            "Dans un communiqué, le ministère islandais des Pêches ‘’salue la disponibilité "
            "des autorités norvégiennes’’ et indique que la session se tiendra à Tromsø "
            "‘’avant la fin de l'année’’.",
        )
    )
    assert [q.text for q in result.quotes] == [
        "salue la disponibilité des autorités norvégiennes",
        "avant la fin de l'année",
    ]
    assert [q.speaker_label for q in result.quotes] == ["le ministère islandais des Pêches"] * 2


def test_relay_complement_then_subject_then_adverbial():
    result = extract_one(
        page(
            FR_TITLE,
            "« Nous ne voulons pas de conflit avec nos voisins », a affirmé à l'AFP un conseiller "
            "du ministre islandais de la Pêche, sous couvert d'anonymat.",
        )
    )
    assert [q.speaker_label for q in result.quotes] == [
        "un conseiller du ministre islandais de la Pêche"
    ]


def test_subject_before_a_colon_ends_before_its_verb():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg a rencontré lundi son homologue à Oslo.",
            "Le président Olafur Ragnarsson croit pourtant à un accord : « Les quotas seront "
            "votés avant l'été, j'en suis certain. »",
        )
    )
    assert result.quotes[-1].speaker_label == "Le président Olafur Ragnarsson"


def test_name_after_complements_with_no_comma():
    result = extract_one(
        page(
            FR_TITLE,
            '"Nous appelons toutes les parties à la retenue", affirme samedi sur la radio '
            "publique Per Haugland, porte-parole adjoint du ministère norvégien.",
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Per Haugland"]


def test_a_long_quote_after_appele_is_said_not_a_name():
    result = extract_one(
        page(
            FR_TITLE,
            "Le ministre islandais Jonas Berg a rencontré lundi son homologue à Oslo.",
            'Il a notamment appelé "les flottes des deux pays à la retenue et au dialogue pour '
            'éviter toute escalade".',
        )
    )
    assert [q.speaker.name for q in result.quotes] == ["Jonas Berg"]
