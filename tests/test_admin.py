"""Admin: every model's list and change pages work, and speakers can be merged."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.models import Speaker, Statement
from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive_rows():
    speaker = make_speaker("Sergueï Lavrov")
    article = make_article("Titre", published=(2020, 1, 1), source=make_source("AFP"))
    statement = make_statement(article, speaker, "Nous continuerons")
    return {"article": article, "speaker": speaker, "statement": statement}


@pytest.mark.parametrize("model", ["source", "article", "speaker", "statement"])
def test_changelist_search_and_change_pages_answer(model, admin_client, archive_rows):
    """Each model's list (with a search), and a row's change page, answer 200."""
    changelist = reverse(f"admin:archive_{model}_changelist")
    obj = archive_rows.get(model) or archive_rows["article"].source

    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"q": "Lavrov"}).status_code == 200
    change = reverse(f"admin:archive_{model}_change", args=[obj.pk])
    assert admin_client.get(change).status_code == 200


def test_article_list_shows_statement_counts(admin_client, archive_rows):
    """The article list has a statement count column."""
    html = admin_client.get(reverse("admin:archive_article_changelist")).content.decode()

    assert ">Citations<" in html
    assert 'class="field-statement_count">1<' in html


def test_merge_action_folds_speakers_into_the_most_quoted(admin_client):
    """Merging keeps the most quoted speaker; the others' statements and names move to it."""
    main = make_speaker("Sergueï Lavrov")
    duplicate = make_speaker("S. Lavrov", aliases=["Lavrov"])
    article = make_article("Titre")
    make_statement(article, main, "un")
    make_statement(article, main, "deux")
    moved = make_statement(article, duplicate, "trois")

    response = admin_client.post(
        reverse("admin:archive_speaker_changelist"),
        {"action": "merge_speakers", ACTION_CHECKBOX_NAME: [main.pk, duplicate.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "1 orateur fusionné dans « Sergueï Lavrov »" in response.content.decode()
    assert list(Speaker.objects.all()) == [main]
    assert Statement.objects.get(pk=moved.pk).speaker == main
    main.refresh_from_db()
    assert "S. Lavrov" in main.aliases and "Lavrov" in main.aliases


def test_merge_action_needs_two_speakers(admin_client):
    """Merging a single speaker does nothing and says why."""
    speaker = make_speaker("Seul")

    response = admin_client.post(
        reverse("admin:archive_speaker_changelist"),
        {"action": "merge_speakers", ACTION_CHECKBOX_NAME: [speaker.pk]},
        follow=True,
    )

    assert "au moins deux orateurs" in response.content.decode()
    assert Speaker.objects.count() == 1
