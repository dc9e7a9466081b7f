"""Hostile content: markup and spreadsheet formulas in every imported field come out as
text on every page, feed and export.

Two ways in: rows made with the factories, with a payload in each field (title, body,
quote, speaker, source, author, file name, raw text, aliases, role, cue), and a page file
imported through the real pipeline, named and written with payloads.
"""

import csv
import io
import xml.etree.ElementTree as ET
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from archive.ingest.pipeline import import_paths
from archive.models import Article, Source, Speaker, Statement
from search.indexing import index_articles
from tests.factories import make_article, make_source, make_speaker, make_statement
from tests.markup import FORMULA_STARTS, FORMULAS, PAYLOADS, response_problems

WORD = "zanzibarique"  # a word to search that only the hostile rows hold
EVERYTHING = " ".join(PAYLOADS)


@pytest.fixture
def hostile_rows(db):
    source = make_source(f"{FORMULAS[2]} Agence {EVERYTHING}", website=PAYLOADS[5])
    speaker = make_speaker(
        f"{FORMULAS[3]} Jean {EVERYTHING}", aliases=[PAYLOADS[1]], role=EVERYTHING
    )
    undated_speaker = make_speaker(f"{FORMULAS[1]} Paul")
    articles = []
    for published in (datetime(2021, 3, 4, 12, tzinfo=ZoneInfo("UTC")), None):
        article = make_article(
            title=f"{FORMULAS[0]} {WORD} {EVERYTHING}",
            body=f"{WORD} {EVERYTHING}\n\n{FORMULAS[1]} {EVERYTHING}",
            published=published,
            source=source,
            author=f"{FORMULAS[3]} {EVERYTHING}",
            file_name=f"{PAYLOADS[0]}{PAYLOADS[3]}.txt",
            raw_text=f"{WORD} {EVERYTHING}",
        )
        make_statement(article, speaker, text=f"{FORMULAS[1]} {WORD} {EVERYTHING}", cue=PAYLOADS[3])
        make_statement(article, undated_speaker, text=f"\t{WORD} tab {PAYLOADS[0]}")
        unnamed = make_statement(article, None, text=f"\r{WORD} cr")
        Statement.objects.filter(pk=unnamed.pk).update(speaker_label=f"-{PAYLOADS[2]}")
        article.speakers.add(speaker, undated_speaker)
        articles.append(article)
    index_articles(articles)
    return {"source": source, "speaker": speaker, "articles": articles}


def every_url(articles, speakers, sources) -> list[str]:
    """Every public page, feed and export, with searches that find the hostile rows."""
    urls = [
        reverse("archive:home"),
        reverse("archive:article_archive"),
        reverse("archive:article_undated"),
        reverse("archive:speaker_list"),
        reverse("archive:speaker_list") + "?tri=nom",
        reverse("archive:source_list"),
    ]
    for article in articles:
        urls += [article.get_absolute_url(), reverse("archive:article_raw", args=[article.pk])]
        if article.published:
            day = article.published
            urls += [
                reverse("archive:article_year", args=[day.year]),
                reverse("archive:article_month", args=[day.year, day.month]),
                reverse("archive:article_day", args=[day.year, day.month, day.day]),
            ]
    for speaker in speakers:
        urls += [
            speaker.get_absolute_url(),
            reverse("search:speaker_feed", kwargs={"slug": speaker.slug}),
        ]
    for source in sources:
        urls += [
            source.get_absolute_url(),
            reverse("search:source_feed", kwargs={"slug": source.slug}),
        ]
    for name in ("search:search", "search:feed", "search:export_csv", "search:export_json"):
        for query in (f"?q={WORD}", f"?q={WORD}&mode=statements", f"?q={WORD}&sort=-date"):
            urls.append(reverse(name) + query)
    return urls


def crawl(client, urls) -> dict[str, list[str]]:
    problems = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        if found := response_problems(response):
            problems[url] = found
    return problems


def test_payloads_in_every_field_come_out_escaped(client, hostile_rows):
    urls = every_url(hostile_rows["articles"], Speaker.objects.all(), [hostile_rows["source"]])
    assert crawl(client, urls) == {}


def test_the_pages_do_show_the_hostile_text(client, hostile_rows):
    """Escaped, not dropped: the article page shows the payload as text."""
    article = hostile_rows["articles"][0]
    html = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;xss-probe&gt;" in html
    assert "&quot; data-xss-probe=&quot;1" in html


def test_csv_cells_that_could_be_formulas_are_neutralised(client, hostile_rows):
    """Each cell starting with =, +, -, @, tab or CR is written after an apostrophe."""
    for mode in ("articles", "statements"):
        response = client.get(reverse("search:export_csv"), {"q": WORD, "mode": mode})
        rows = list(csv.DictReader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
        cells = [cell for row in rows for cell in row.values()]
        assert cells and not [c for c in cells if c.startswith(FORMULA_STARTS)]
        if mode == "statements":
            quotes = {row["quote"] for row in rows}
            assert f"'{FORMULAS[1]} {WORD} {EVERYTHING}" in quotes
            assert f"'\t{WORD} tab {PAYLOADS[0]}" in quotes
            assert {row["speaker"] for row in rows} >= {
                f"'{FORMULAS[3]} Jean {EVERYTHING}",
                f"'-{PAYLOADS[2]}",
            }
        else:
            assert {row["source"] for row in rows} == {f"'{FORMULAS[2]} Agence {EVERYTHING}"}


def test_json_export_keeps_the_text_as_it_is(client, hostile_rows):
    """JSON is data: the text is kept exactly, for the program reading it to escape."""
    data = client.get(reverse("search:export_json"), {"q": WORD}).json()
    assert {r["title"] for r in data["results"]} == {f"{FORMULAS[0]} {WORD} {EVERYTHING}"}


def test_feed_summaries_are_escaped_text(client, hostile_rows):
    """Feed readers render type="html" summaries as markup: the text is HTML-escaped in
    them; titles are plain text (no type), kept as they are."""
    speaker = hostile_rows["speaker"]
    body = client.get(reverse("search:speaker_feed", kwargs={"slug": speaker.slug})).content
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.fromstring(body).findall(f"{atom}entry")
    assert len(entries) == 2
    for entry in entries:
        title, summary = entry.find(f"{atom}title"), entry.find(f"{atom}summary")
        assert title.get("type") is None and f"{WORD} {PAYLOADS[0]}" in title.text
        assert summary.get("type") == "html"
        assert f"{WORD} &lt;xss-probe&gt;" in summary.text
        assert "<xss-probe>" not in summary.text


HOSTILE_PAGE = f"""Accueil | Monde | Connexion
Le ministre {WORD} <xss-probe> reçoit son homologue " data-xss-probe="1
Publié le 12 mars 2021 à 10h15
Par {PAYLOADS[0]} Claire Fontanel
Le ministre des Affaires étrangères de Valdonie, Marc Ellery, a reçu mardi son homologue \
pour parler de {WORD} et de {PAYLOADS[2]}.
« {FORMULAS[1]} Nous avons parlé de {WORD} <script>xss-probe()</script> », a déclaré Marc Ellery.
« {FORMULAS[0]} La {WORD} est une priorité », a ajouté le ministre {PAYLOADS[3]}.
Les discussions reprendront le mois prochain à {PAYLOADS[5]}.
"""


def test_an_imported_hostile_page_comes_out_escaped(client, db, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    name = f"<xss-probe>{PAYLOADS[3].replace('/', '')}.txt"
    (folder / name).write_text(HOSTILE_PAGE, encoding="utf-8")
    report = import_paths([folder], workers=1)
    assert report.failed == 0, report.problems
    article = Article.objects.get()
    assert article.file_name.startswith("<xss-probe>")
    assert Statement.objects.filter(article=article).exists()
    urls = every_url([article], Speaker.objects.all(), Source.objects.all())
    assert crawl(client, urls) == {}
