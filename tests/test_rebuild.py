"""`manage.py rebuild_index` (search.indexing.rebuild) gives what incremental indexing gives."""

import pytest
from django.core.management import call_command, get_commands
from haystack import connections
from haystack.query import SearchQuerySet

from archive.models import Article, Statement
from search import indexing
from tests.factories import make_article, make_statement
from tests.test_search_corpus import build_corpus

QUERIES = ["Sotchi", "cessez-le-feu", "Lavrov", "sanctions", "Sans titre", "orphelin"]


def _stored() -> dict:
    """Every document's stored fields, by id."""
    with connections["default"].get_backend().index.searcher() as searcher:
        return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def _counts() -> dict:
    return {
        "articles": SearchQuerySet().models(Article).count(),
        "statements": SearchQuerySet().models(Statement).count(),
        **{q: SearchQuerySet().auto_query(q).count() for q in QUERIES},
    }


def _corpus_with_bare_articles():
    build_corpus()
    make_article(title="", body="Un article orphelin, sans source ni citation.", source=None)
    bare = make_article(title="Citation sans orateur", body="« Rien », dit-on.", source=None)
    make_statement(bare, None, "Rien")
    indexing.index_articles(Article.objects.all())


def test_our_command_is_the_one_django_runs():
    assert get_commands()["rebuild_index"] == "search"


def test_rebuild_gives_what_incremental_indexing_gives(db):
    _corpus_with_bare_articles()
    before, counts = _stored(), _counts()
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert _stored() == before
    assert _counts() == counts
    assert counts["articles"] == Article.objects.count() == 9
    assert counts["statements"] == Statement.objects.count() == 8
    call_command("update_index", verbosity=0)  # Haystack's path still replaces documents
    assert _stored() == before


def test_rebuild_in_processes_gives_the_same_documents(db):
    """Two processes, one segment each: the same documents as one process."""
    _corpus_with_bare_articles()
    loaded = {a.pk: a for a in indexing.load_articles(Article.objects.values("pk"))}
    jobs = [[pk] for pk in sorted(loaded)]
    backend = connections["default"].get_backend()

    def pairs_of(job):  # objects loaded here: the forked processes need no database
        return indexing.documents(loaded[pk] for pk in job)

    backend.clear()
    backend.build(jobs, pairs_of, procs=1)
    one = _stored()
    backend.clear()
    backend.build(jobs, pairs_of, procs=2)
    assert len(backend.index.reader().leaf_readers()) <= 2  # a process may get no job
    assert _stored() == one
    assert len(one) == 17


def test_a_failing_process_leaves_the_index_unlocked(db):
    build_corpus()
    backend = connections["default"].get_backend()

    def pairs_of(job):
        raise ValueError("broken")

    with pytest.raises(RuntimeError, match="broken"):
        backend.build([[1], [2]], pairs_of, procs=2)
    indexing.index_articles(Article.objects.all())  # the writer lock was released
    assert SearchQuerySet().models(Article).count() == 7


def test_rebuild_of_an_empty_database(db):
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert SearchQuerySet().count() == 0


def test_a_batch_of_documents_takes_three_queries(db, django_assert_num_queries):
    """No query per statement: a statement's article is the prefetched article."""
    _corpus_with_bare_articles()
    pks = list(Article.objects.values_list("pk", flat=True))
    with django_assert_num_queries(3):  # articles and sources, statements, speakers
        docs = [
            index.fast_prepare(obj)
            for index, obj in indexing.documents(indexing.load_articles(pks))
        ]
    assert len(docs) == 17
