"""Exports carry what a citation needs, and are named after the search and the day."""

import csv
import io
import json
from datetime import date

import pytest
from django.urls import reverse

from search.exports import export_file_name
from search.indexing import index_articles
from tests.factories import make_article, make_source, make_speaker, make_statement

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def quotes(db):
    lavrov = make_speaker("Sergueï Lavrov", role="ministre des Affaires étrangères")
    tass = make_source("Tass")
    french = make_article(
        "Lavrov et le Karabakh",
        "Le ministre a martelé : « Le Karabakh attendra ».",
        (2022, 3, 14),
        source=tass,
        published_inferred=True,
    )
    english = make_article(
        "Lavrov on Karabakh",
        'He said: "Karabakh can wait."',
        (2022, 3, 15),
        source=tass,
        language="en",
    )
    made = {
        "fr": make_statement(french, lavrov, "Le Karabakh attendra", cue="martele"),
        "en": make_statement(english, lavrov, "Karabakh can wait", cue="said"),
    }
    index_articles([french, english])
    return made


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_statement_rows_carry_role_cue_language_inferred_flag_and_citation(client, quotes):
    params = {"q": "Karabakh", "mode": "statements"}
    rows = {
        row["language"]: row for row in csv_rows(client.get(reverse("search:export_csv"), params))
    }
    french, english = rows["fr"], rows["en"]
    permalink = "http://testserver" + quotes["fr"].get_absolute_url()

    assert french["speaker_role"] == "ministre des Affaires étrangères"
    assert (french["cue_verb"], english["cue_verb"]) == ("marteler", "dire")
    assert (french["date_inferred"], english["date_inferred"]) == ("true", "false")
    assert french["citation"] == (
        f"Sergueï Lavrov, « Le Karabakh attendra », Tass, 14 mars 2022 (date déduite), {permalink}"
    )
    assert english["citation"].startswith(
        "Sergueï Lavrov, \u201cKarabakh can wait\u201d, Tass, 15 mars 2022, "
    )


def test_json_export_in_english_gives_english_verbs_and_dates(client, quotes):
    response = client.get(
        reverse("search:export_json"), {"q": "Karabakh", "mode": "statements"}, **ENGLISH
    )
    rows = {row["language"]: row for row in json.loads(response.content)["results"]}

    assert rows["fr"]["date_inferred"] is True and rows["en"]["date_inferred"] is False
    assert rows["fr"]["cue_verb"] == "hammer home" and rows["en"]["cue_verb"] == "say"
    assert "14 March 2022 (inferred date)" in rows["fr"]["citation"]
    assert rows["fr"]["permalink"].startswith("http://testserver/article/")


def test_article_rows_carry_the_inferred_flag_and_a_citation(client, quotes):
    rows = csv_rows(client.get(reverse("search:export_csv"), {"q": "Karabakh"}))
    by_title = {row["title"]: row for row in rows}
    row = by_title["Lavrov et le Karabakh"]

    assert row["date_inferred"] == "true" and row["language"] == "fr"
    assert row["citation"].startswith(
        "« Lavrov et le Karabakh », Tass, 14 mars 2022 (date déduite), http://"
    )


def test_results_say_when_a_date_was_inferred(client, quotes):
    for mode in ("articles", "statements"):
        html = client.get(
            reverse("search:search"), {"q": "Karabakh", "mode": mode}
        ).content.decode()
        assert html.count(">date déduite</span>") == 1, mode


def test_export_file_is_named_after_the_search_and_the_day(client, quotes):
    response = client.get(
        reverse("search:export_csv"),
        {"q": "Karabakh", "speaker": "serguei-lavrov", "mode": "statements"},
    )
    name = response["Content-Disposition"]
    assert name.startswith('attachment; filename="depeches-karabakh-serguei-lavrov-')
    assert name.endswith('.csv"')
    json_name = client.get(reverse("search:export_json"), {"q": "Karabakh"})["Content-Disposition"]
    assert json_name.startswith('attachment; filename="depeches-karabakh-') and json_name.endswith(
        '.json"'
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "Lavrov Karabakh"}, "depeches-lavrov-karabakh-2026-11-27.csv"),
        ({"q": '"cessez-le-feu" Arménie'}, "depeches-cessez-le-feu-armenie-2026-11-27.csv"),
        ({"q": "speaker:Lavrov date:2020"}, "depeches-speaker-lavrov-date-2020-2026-11-27.csv"),
        ({}, "depeches-recherche-2026-11-27.csv"),
        ({"q": '"; rm -rf / <>'}, "depeches-rm-rf-2026-11-27.csv"),
    ],
)
def test_file_names_are_slugs(params, expected):
    assert export_file_name(params, "csv", today=date(2026, 11, 27)) == expected


def test_file_names_stay_short():
    name = export_file_name({"q": "négociation " * 200}, "csv", today=date(2026, 11, 27))
    assert len(name) <= len("depeches--2026-11-27.csv") + 60
    assert not name.startswith("depeches--") and "--" not in name
