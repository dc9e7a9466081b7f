"""The archive's template tags: body segments with statements marked, calendar, plurals."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.template import Context, Template

from archive.templatetags.archive_tags import count_fr, month_calendar, split_body


def statement(start, end, pk=1, text=None, body=None):
    """A stand-in Statement; its text is body[start:end] unless given."""
    text = text if text is not None else (body or "")[start:end]
    return SimpleNamespace(start=start, end=end, pk=pk, text=text, speaker=None, in_title=False)


def texts(paragraphs):
    """The paragraphs as lists of (text, statement pk or None)."""
    return [[(s.text, s.statement.pk if s.statement else None) for s in p] for p in paragraphs]


def test_body_without_statements_is_its_paragraphs():
    """Paragraphs are split on blank lines, as Article.paragraphs does; blank ones dropped."""
    assert texts(split_body("Un.\n\nDeux.\n\n\n\nTrois.", [])) == [
        [("Un.", None)],
        [("Deux.", None)],
        [("Trois.", None)],
    ]


def test_statement_is_cut_out_at_its_offsets():
    """A statement becomes its own segment, taken from the body at [start, end)."""
    body = "Intro.\n\nIl a dit « oui » hier."
    start = body.index("oui")

    assert texts(split_body(body, [statement(start, start + 3, body=body)])) == [
        [("Intro.", None)],
        [("Il a dit « ", None), ("oui", 1), (" » hier.", None)],
    ]


def test_statement_across_paragraphs_is_marked_in_each_but_anchored_once():
    """A quote spanning a paragraph break is marked in both; only the first piece has the id."""
    body = "Début « un\n\ndeux » fin."
    start, end = body.index("un"), body.index("deux") + 4

    paragraphs = split_body(body, [statement(start, end, body=body)])

    assert texts(paragraphs) == [[("Début « ", None), ("un", 1)], [("deux", 1), (" » fin.", None)]]
    assert [s.anchor for p in paragraphs for s in p if s.statement] == [True, False]


@pytest.mark.parametrize(
    "bad",
    [
        statement(5, 500, pk=2, text="absent"),
        statement(8, 3, pk=2, text="absent"),
        statement(2, 6, pk=2, text="cdef"),
    ],
    ids=["past-the-end", "reversed", "overlapping"],
)
def test_statements_that_cannot_be_placed_are_left_unmarked(bad):
    """A statement whose text is not in the body, or overlaps an earlier mark, is not marked."""
    body = "abcdefghij"
    placed = statement(0, 4, body=body)

    assert texts(split_body(body, [placed, bad])) == [[("abcd", 1), ("efghij", None)]]


def test_statement_with_wrong_offsets_is_marked_where_its_text_is():
    """Offsets that don't hold the statement's text fall back to where the text is found."""
    body = "Il a dit : « nous verrons ». Fin."

    result = texts(split_body(body, [statement(0, 5, text="nous verrons")]))

    assert result == [[("Il a dit : « ", None), ("nous verrons", 1), (" ». Fin.", None)]]


def test_statements_are_marked_in_body_order_whatever_the_given_order():
    """Statements given out of order are still marked where they stand."""
    body = "aa bb cc"
    given = [statement(6, 8, pk=2, body=body), statement(0, 2, pk=1, body=body)]

    assert texts(split_body(body, given)) == [[("aa", 1), (" bb ", None), ("cc", 2)]]


def test_marked_body_escapes_text():
    """Rendered through the template, body text and quotes are escaped."""
    article = SimpleNamespace(body="<i>x</i> « <b>y</b> »")
    start = article.body.index("<b>")
    template = Template("{% load archive_tags %}{% marked_body article statements %}")

    html = template.render(
        Context(
            {"article": article, "statements": [statement(start, start + 8, 7, body=article.body)]}
        )
    )

    assert '&lt;i&gt;x&lt;/i&gt; « <mark class="statement" id="statement-7">' in html
    assert "&lt;b&gt;y&lt;/b&gt;</mark> »" in html


def test_month_calendar_starts_on_monday_and_counts_days():
    """The calendar has Monday-first weeks; days outside the month are flagged, counts kept."""
    context = month_calendar(date(2020, 11, 1), [(date(2020, 11, 3), 2)])

    first_week = context["weeks"][0]
    assert first_week[0]["date"] == date(2020, 10, 26)
    assert not first_week[0]["in_month"]
    days = {d["date"]: d["count"] for week in context["weeks"] for d in week}
    assert days[date(2020, 11, 3)] == 2
    assert days[date(2020, 11, 4)] == 0


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 article"), (1, "1 article"), (2, "2 articles"), (1234, "1\u202f234 articles")],
)
def test_count_fr_uses_french_plural_and_grouping(n, expected, settings):
    """French keeps the singular for 0 and 1, and groups thousands."""
    assert count_fr(n, "article,articles").replace("\xa0", "\u202f") == expected


def test_mark_leaves_out_spaces_inside_the_quotation_marks():
    """Offsets that include the spaces inside « » mark only the words."""
    body = "Il a dit « oui ». Fin."
    start = body.index(" oui")

    result = texts(split_body(body, [statement(start, start + 5, text="oui")]))

    assert result == [[("Il a dit « ", None), ("oui", 1), (" ». Fin.", None)]]
