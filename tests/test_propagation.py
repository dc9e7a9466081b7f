"""Quote propagation: the same words from the same speaker across outlets, and wire copies."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive import propagation
from archive.ingest.pipeline import import_paths
from archive.models import Article, Statement
from bench.generate import make_article
from bench.relays import relay_of

pytestmark = pytest.mark.django_db

# Two invented outlets report the same words of one minister, a day apart, in their own
# stories; the second types them with other quotation marks and no accent on « À ».
FIRST = """La Valmontie demande une trêve
Publié le 3 mars 2020 à 10h15
La ministre des Affaires étrangères Irène Vasseur a reçu lundi à Valmont son homologue \
korvanien pour une journée de discussions sur la frontière commune et les convois.
« À nos voisins, nous proposons une trêve de trente jours », a déclaré Irène Vasseur \
à l'issue de la rencontre.
Les discussions doivent reprendre la semaine prochaine dans la capitale korvanienne.
"""
SECOND = """Trêve : la proposition de Valmont
Publié le 4 mars 2020 à 08h00
Les observateurs de la frontière ont salué mercredi l'annonce faite la veille par la \
diplomatie valmontaise, qui espère un geste de la Korvanie avant la fin du mois.
"A nos voisins, nous proposons une trêve de trente jours", a affirmé Irène Vasseur, \
selon le compte rendu diffusé par son ministère.
Le gouvernement korvanien n'a pas encore répondu à cette offre.
"""


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_quote_key_ignores_typing_not_words():
    """Case, accents, quotation marks, punctuation and spacing do not change the key;
    another word does."""
    key = propagation.quote_key("« À nos voisins, nous proposons une trêve »")
    assert key == propagation.quote_key('"a nos voisins  nous proposons une treve."')
    assert key != propagation.quote_key("À nos voisins, nous refusons une trêve")
    assert propagation.quote_key(" … ") == ""


def test_same_words_from_two_outlets_are_one_cluster(tmp_path, client):
    """The statement page says who reported the words first and who relayed them, with
    links, and the speaker page says how many outlets reported them."""
    import_paths([write(tmp_path / "b", "b.txt", SECOND)], source="Gazette des Trois Rivières")
    import_paths([write(tmp_path / "a", "a.txt", FIRST)], source="Le Courrier de Valmont")
    statements = list(Statement.objects.filter(speaker__name="Irène Vasseur"))
    assert len(statements) == 2
    assert len({s.cluster_key for s in statements}) == 1
    first = Article.objects.get(file_name="a.txt")
    relay = Article.objects.get(file_name="b.txt")

    page = client.get(reverse("archive:statement_detail", args=[statements[0].pk]))
    html = page.content.decode().split("Qui l'a rapportée")[1]

    assert "Rapportée par 2 sources dans 2 articles" in html
    assert html.index("Premier :") < html.index(first.display_title)
    assert html.index(first.display_title) < html.index("Relayée :")
    assert html.index("Relayée :") < html.index(relay.display_title)
    assert first.get_absolute_url() in html and relay.get_absolute_url() in html
    speaker_page = client.get(statements[0].speaker.get_absolute_url()).content.decode()
    assert speaker_page.count("rapportée par 2 sources") == 2


def test_search_results_say_how_many_outlets_reported_a_statement(tmp_path, client):
    import_paths([write(tmp_path / "b", "b.txt", SECOND)], source="Gazette des Trois Rivières")
    import_paths([write(tmp_path / "a", "a.txt", FIRST)], source="Le Courrier de Valmont")

    html = client.get("/search/", {"q": "trêve trente jours", "mode": "statements"}).content
    html = html.decode()

    assert html.count("rapportée par 2 sources") == 2


THIRD = SECOND.replace("4 mars 2020", "5 mars 2020").replace("Les observateurs", "Les voisins")


def test_a_cluster_too_large_to_read_says_at_least_and_lists_its_first_reports(
    tmp_path, client, monkeypatch
):
    """However many articles repeat the words, a page reads a bounded part of the cluster:
    past that, the outlets are « au moins » that many and the unlisted reports are
    counted. (The bounds are 1,000 and 100; lowered here to 2 so three articles pass them.)"""
    outlets = ["Le Courrier de Valmont", "Gazette des Trois Rivières", "L'Écho korvanien"]
    for name, text, outlet in zip("abc", (FIRST, SECOND, THIRD), outlets, strict=True):
        import_paths([write(tmp_path / name, f"{name}.txt", text)], source=outlet)
    statement = Statement.objects.filter(speaker__name="Irène Vasseur").first()
    speaker_page = statement.speaker.get_absolute_url()
    detail = reverse("archive:statement_detail", args=[statement.pk])

    assert "rapportée par 3 sources" in client.get(speaker_page).content.decode()
    assert "Rapportée par 3 sources dans 3 articles" in client.get(detail).content.decode()

    monkeypatch.setattr(propagation, "OUTLETS_READ", 2)
    monkeypatch.setattr(propagation, "REPORTS_LISTED", 2)
    assert "rapportée par au moins 3 sources" in client.get(speaker_page).content.decode()
    html = client.get(detail).content.decode()
    assert "Rapportée par au moins 3 sources dans 3 articles" in html
    assert html.count("Relayée :") == 1
    assert "et 1 autre article, non listé" in html
    api = client.get(f"/api/statements/{statement.pk}/").json()
    assert len(api["reported_by"]) == 2 and api["reported_by_count"] == 3
    assert api["reported_by_outlets"] == 3 and api["reported_by_outlets_complete"] is False


def test_other_words_or_another_speaker_make_another_cluster(tmp_path, client):
    """A statement reported once has a page saying no other article reports it."""
    other = SECOND.replace("Irène Vasseur", "Anton Belski")
    import_paths([write(tmp_path / "a", "a.txt", FIRST)], source="Le Courrier de Valmont")
    import_paths([write(tmp_path / "b", "b.txt", other)], source="Gazette des Trois Rivières")
    statement = Statement.objects.get(speaker__name="Irène Vasseur")

    html = client.get(reverse("archive:statement_detail", args=[statement.pk])).content.decode()

    assert "Aucun autre article de l'archive ne rapporte ces mots" in html
    assert propagation.outlet_counts([statement]) == {statement.pk: (1, True)}


def test_a_wire_copy_joins_its_original_and_can_be_hidden(tmp_path, client):
    """Another outlet's copy of a story (same body, its own page furniture) points to the
    original; list pages hide it on request; the article page lists the story's copies."""
    original, copy, unrelated = make_article(3), relay_of(3), make_article(4)
    paths = [write(tmp_path, a.name, a.text) for a in (copy, original, unrelated)]
    import_paths(paths, workers=1)
    first = Article.objects.get(file_name=original.name)
    second = Article.objects.get(file_name=copy.name)
    other = Article.objects.get(file_name=unrelated.name)

    assert second.copy_of == first
    assert first.copy_of is None and other.copy_of is None
    source_page = second.source.get_absolute_url()
    assert "reprise" in client.get(source_page).content.decode()
    hidden = client.get(source_page, {"copies": "masquer"}).content.decode()
    assert second.get_absolute_url() not in hidden
    undated_or_dated = reverse("archive:article_year", args=[first.published.year])
    year_page = client.get(undated_or_dated, {"copies": "masquer"}).content.decode()
    assert first.get_absolute_url() in year_page
    assert second.get_absolute_url() not in year_page
    article_page = client.get(first.get_absolute_url()).content.decode()
    assert "La même dépêche ailleurs (2 articles)" in article_page
    assert second.get_absolute_url() in article_page


def test_recompute_rebuilds_groups_and_keys(tmp_path):
    """The command restores clusters and copy groups lost or stale, and prints figures."""
    original, copy = make_article(3), relay_of(3)
    import_paths([write(tmp_path, a.name, a.text) for a in (original, copy)], workers=1)
    Article.objects.update(copy_of=None)
    Statement.objects.update(cluster_key="")
    from io import StringIO

    out = StringIO()
    call_command("recompute_propagation", stdout=out)

    assert Article.objects.get(file_name=copy.name).copy_of.file_name == original.name
    assert not Statement.objects.filter(cluster_key="").exists()
    assert "copies: 1" in out.getvalue()
    assert f"statement_keys_changed: {Statement.objects.count()}" in out.getvalue()


def test_short_bodies_are_never_called_copies():
    """Two one-line articles alike in words are too short to tell a copy."""
    assert propagation.signature("Le ministre a parlé hier à Valmont.") is None
