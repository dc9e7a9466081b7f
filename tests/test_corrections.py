"""Corrections made in the admin are logged, shown, and survive re-import and re-extraction."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.ingest.pipeline import import_paths
from archive.models import Article, Correction, Speaker, Statement

pytestmark = pytest.mark.django_db

# An invented page: the extractor finds three statements and misses the last speaker.
PAGE = """Le Courrier de Valmont
Irène Vasseur plaide pour un dialogue avec la Korvanie
Publié le 3 mars 2020 à 10h15
VALMONT - La ministre des Affaires étrangères Irène Vasseur a reçu lundi son homologue \
korvanien, Anton Belski, pour une journée de discussions sur la frontière commune.
« Nous voulons une solution négociée avant l'été », a déclaré Irène Vasseur à l'issue de \
la rencontre.
Le porte-parole du gouvernement, Paul Drumond, a ajouté que les convois passeraient. \
« La frontière restera ouverte aux convois humanitaires », a-t-il précisé.
Les deux délégations doivent se revoir en juin à Valmont.
La presse locale a relevé l'absence de tout calendrier.
Aucun accord écrit n'a été signé à l'issue de la journée.
« Il n'y aura pas de sanctions nouvelles cette année ».
"""
# The same file changed at the source: a new first paragraph moves every offset.
EDITED = PAGE.replace(
    "VALMONT - ",
    "Mise à jour : la rencontre a duré plus longtemps que prévu.\nVALMONT - ",
)
SANCTIONS = "Il n'y aura pas de sanctions nouvelles cette année"
CONVOYS = "La frontière restera ouverte aux convois humanitaires"
SOLUTION = "Nous voulons une solution négociée avant l'été"


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "valmont.txt"
    path.write_text(PAGE, encoding="utf-8")
    report = import_paths([path], workers=1)
    assert report.counts["created"] == 1
    return path


def reimport(path, text):
    path.write_text(text, encoding="utf-8")
    return import_paths([path], workers=1)


def statement(text) -> Statement:
    return Statement.objects.select_related("speaker").get(text=text)


def edit_speaker(client, st: Statement, speaker: Speaker):
    """Post the statement's admin change form with another speaker."""
    data = {
        "article": st.article_id,
        "speaker": speaker.pk,
        "speaker_label": st.speaker_label,
        "text": st.text,
        "start": st.start,
        "end": st.end,
        "cue": st.cue,
        "position": st.position,
        "_save": "Enregistrer",
    }
    url = reverse("admin:archive_statement_change", args=[st.pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def statement_action(client, action, statements, **extra):
    return client.post(
        reverse("admin:archive_statement_changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [s.pk for s in statements], **extra},
        follow=True,
    )


def test_fixed_speaker_is_logged_and_survives_a_changed_file(page, admin_client, admin_user):
    """The researcher gives the unattributed statement its speaker; the file changes and is
    re-imported (new statement rows, new offsets): the speaker holds and the log shows it."""
    belski = Speaker.objects.create(name="Anton Belski")
    before = statement(SANCTIONS)
    assert before.speaker is None  # what the extractor found

    edit_speaker(admin_client, before, belski)
    assert statement(SANCTIONS).speaker == belski
    report = reimport(page, EDITED)

    assert report.counts["updated"] == 1
    after = statement(SANCTIONS)
    assert after.pk != before.pk and after.start != before.start
    assert after.speaker == belski
    log = list(after.corrections.all())
    assert [(c.kind, c.username, c.before, c.after) for c in log] == [
        ("speaker", admin_user.username, {"speaker": ""}, {"speaker": "Anton Belski"})
    ]
    html = admin_client.get(reverse("archive:statement_detail", args=[after.pk])).content.decode()
    assert "Orateur corrigé" in html
    assert "orateur non identifié → Anton Belski" in html
    assert f"par {admin_user.username}" in html


def test_a_fixed_speaker_later_merged_follows_the_merge(page, admin_client):
    """The speaker a correction named was since merged into another: after re-import the
    statement goes to the kept speaker, found by the merged name."""
    belski = Speaker.objects.create(name="Anton Belski")
    kept = Speaker.objects.create(name="Anton V. Belski")
    edit_speaker(admin_client, statement(SANCTIONS), belski)
    kept.merge(belski)

    reimport(page, EDITED)

    assert statement(SANCTIONS).speaker == kept


def test_not_a_statement_stays_removed_after_reimport(page, admin_client):
    """A span marked « not a statement » is gone, stays gone after re-import, and the article
    page says who removed it."""
    target = statement(CONVOYS)

    response = statement_action(admin_client, "not_a_statement", [target])
    assert "1 passage marqué « pas une citation »" in response.content.decode()
    assert not Statement.objects.filter(text=CONVOYS).exists()
    reimport(page, EDITED)

    article = Article.objects.get(file_name="valmont.txt")
    assert set(article.statements.values_list("text", flat=True)) == {SOLUTION, SANCTIONS}
    html = admin_client.get(article.get_absolute_url()).content.decode()
    assert "Pas une citation" in html and CONVOYS in html.split("titre-corrections")[-1]


def test_corrections_survive_deleting_the_article_and_importing_it_again(page, admin_client):
    """Corrections are keyed on the file and the words, not on row ids: a new article row
    made from the same file gets them too."""
    belski = Speaker.objects.create(name="Anton Belski")
    edit_speaker(admin_client, statement(SANCTIONS), belski)
    statement_action(admin_client, "not_a_statement", [statement(CONVOYS)])
    old_pk = Article.objects.get().pk

    Article.objects.all().delete()
    reimport(page, PAGE)

    article = Article.objects.get()
    assert article.pk != old_pk
    assert statement(SANCTIONS).speaker == belski
    assert not article.statements.filter(text=CONVOYS).exists()


def test_split_moves_statements_to_a_new_speaker_and_survives(page, admin_client):
    """« Attribuer à un autre orateur » makes the named speaker and moves the statements;
    after re-import they are still hers."""
    response = statement_action(
        admin_client, "split_speaker", [statement(SOLUTION)], name="Irène Vasseur-Kahn"
    )
    assert "1 citation attribuée à « Irène Vasseur-Kahn »" in response.content.decode()
    reimport(page, EDITED)

    moved = statement(SOLUTION)
    assert moved.speaker.name == "Irène Vasseur-Kahn"
    assert [c.kind for c in moved.corrections.all()] == ["split"]
    assert [c.before["speaker"] for c in moved.corrections.all()] == ["Irène Vasseur"]


def test_split_without_a_name_changes_nothing(page, admin_client):
    response = statement_action(admin_client, "split_speaker", [statement(SOLUTION)], name="  ")
    assert "Indiquez le nom du nouvel orateur." in response.content.decode()
    assert statement(SOLUTION).speaker.name == "Irène Vasseur"
    assert not Correction.objects.exists()


def test_merged_speakers_stay_merged_after_reimport(page, admin_client, admin_user):
    """Merging the extractor's « Paul Drumond » into an existing speaker is logged; a
    re-import resolves the merged name to the kept speaker instead of re-creating it."""
    spokesman = Speaker.objects.create(name="Paul-Henri Drumond", role="porte-parole")
    article = Article.objects.get()
    for text in ["un", "deux"]:  # the kept speaker is the more quoted one
        Statement.objects.create(article=article, speaker=spokesman, text=text, start=0, end=2)
    drumond = statement(CONVOYS).speaker
    assert drumond.name == "Paul Drumond"

    admin_client.post(
        reverse("admin:archive_speaker_changelist"),
        {"action": "merge_speakers", ACTION_CHECKBOX_NAME: [spokesman.pk, drumond.pk]},
    )
    reimport(page, EDITED)

    assert statement(CONVOYS).speaker == spokesman
    assert not Speaker.objects.filter(name="Paul Drumond").exists()
    merge = Correction.objects.get(kind="merge")
    assert merge.before["speakers"] == ["Paul-Henri Drumond", "Paul Drumond"]
    assert merge.username == admin_user.username


def post_inline(client, article, change):
    """Post the article's admin form with its statements inline; `change(statement, row)`
    edits each row's fields."""
    url = reverse("admin:archive_article_change", args=[article.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "source"}
    data["published_0"], data["published_1"] = "2020-03-03", "10:15:00"
    statements = list(article.statements.order_by("position"))
    data.update(
        {
            "statements-TOTAL_FORMS": len(statements),
            "statements-INITIAL_FORMS": len(statements),
            "statements-MIN_NUM_FORMS": 0,
            "statements-MAX_NUM_FORMS": 1000,
        }
    )
    for i, st in enumerate(statements):
        row = {
            "id": st.pk,
            "article": article.pk,
            "position": st.position,
            "text": st.text,
            "speaker": st.speaker_id or "",
            "speaker_label": st.speaker_label,
            "cue": st.cue,
            "start": st.start,
            "end": st.end,
        }
        change(st, row)
        data.update({f"statements-{i}-{k}": v for k, v in row.items()})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_inline_speaker_change_on_the_article_is_logged(page, admin_client):
    """Changing a speaker in the statements shown inline on the article is a correction too."""
    belski = Speaker.objects.create(name="Anton Belski")

    def give_belski(st, row):
        if st.text == SANCTIONS:
            row["speaker"] = belski.pk

    post_inline(admin_client, Article.objects.get(), give_belski)
    reimport(page, EDITED)

    assert statement(SANCTIONS).speaker == belski
    assert Correction.objects.get().kind == "speaker"


def test_inline_deletion_is_a_not_a_statement_correction(page, admin_client):
    def delete_convoys(st, row):
        if st.text == CONVOYS:
            row["DELETE"] = "on"

    post_inline(admin_client, Article.objects.get(), delete_convoys)
    assert not Statement.objects.filter(text=CONVOYS).exists()
    reimport(page, EDITED)

    assert not Statement.objects.filter(text=CONVOYS).exists()
    assert Statement.objects.filter(text=SANCTIONS).exists()
    assert Correction.objects.get().kind == "not_statement"
    log = admin_client.get(reverse("admin:archive_correction_changelist")).content.decode()
    assert "pas une citation" in log and CONVOYS[:40] in log


def test_a_correction_whose_words_are_gone_waits(page, admin_client):
    """When the file no longer holds the corrected words, nothing else is touched and the
    correction stays in the log for a later import."""
    statement_action(admin_client, "not_a_statement", [statement(CONVOYS)])
    reimport(page, PAGE.replace(CONVOYS, "Les routes du nord resteront fermées jusqu'en mai"))

    texts = set(Statement.objects.values_list("text", flat=True))
    assert "Les routes du nord resteront fermées jusqu'en mai" in texts
    assert Correction.objects.count() == 1
