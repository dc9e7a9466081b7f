"""The suite's scorer (`tests/goldscore.py`) gives the figures the shared scorer gives.

Each expected figure below is worked out by hand from the shared scorer's rules (its
documentation is summed up in the README's extraction section), on predictions built for
the purpose; none is copied from a run."""

import pytest

from tests.goldscore import score

GOLD_A = {
    "file": "a.txt",
    "title": "Kiev talks resume",
    "published": "2022-03-03",
    "source": "AFP",
    "source_accept": ["afp", "agence france-presse"],
    "body": ["Line one is here.", "Line two is here."],
    "boilerplate": ["Share", "Line two is here.", "Subscribe to our daily newsletter today"],
    "quotes": [
        {"text": "we will never accept this deal", "speaker": "Lavrov", "accept": ["lavrov"]},
        {"text": "the door stays open", "speaker": "Zakharova", "accept": ["zakharova"]},
        {"text": "nothing has changed", "speaker": None, "accept": []},
    ],
}
PRED_A = {
    "file": "a.txt",
    "title": "Kiev Talks Resume",  # same title once case is folded
    "published": "2022-03-03T10:00:00",  # the day is what counts
    "source": "Le Monde avec AFP",  # contains an accepted form
    # keeps the line that is body once and boilerplate once only once: not a leak;
    # "Share" is a leak; the 6-word boilerplate line inside a longer line is a leak.
    "body": [
        "Line one is here.",
        "Line two is here.",
        "Share",
        "More: " + GOLD_A["boilerplate"][2],
    ],
    "quotes": [
        {"text": "we will never accept", "speaker": "Sergueï Lavrov"},  # 4/6 tokens: a match
        {"text": "the door stays open", "speaker": "Peskov"},  # a match, wrong speaker
        {"text": "an unrelated sentence entirely", "speaker": "X"},  # no gold: extra
    ],
}
GOLD_B = {
    "file": "b.txt",
    "title": None,
    "published": None,
    "source": None,
    "body": ["Opening sentence of the story.", "Second line."],
    "boilerplate": ["Menu"],
    "quotes": [{"text": "a fair deal for all", "speaker": None, "accept": None}],
}
PRED_B = {
    "file": "b.txt",
    "title": "Opening sentence",  # no gold title: a prefix of the first body line is right
    "published": "2021-05-05",  # the page states no date: an invented date
    "source": "Reuters",  # no gold source: not counted
    "body": ["Opening sentence of the story.", "Second line."],
    "quotes": [{"text": "a fair deal for all", "speaker": None}],  # unknown speaker is right
}


@pytest.fixture(scope="module")
def figures():
    return score([PRED_A, PRED_B], [GOLD_A, GOLD_B])


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("docs", 2),
        # A: 16 tokens kept, the gold's 8 among them: P 1/2, R 1, F1 2/3; B: 1.
        ("body_f1", (2 / 3 + 1) / 2),
        # A: 4 lines kept, 2 of them gold: F1 2/3; B: 1.
        ("body_line_f1", (2 / 3 + 1) / 2),
        # A: 2 of 3 boilerplate lines leak; B: none.
        ("boiler_leak", (2 / 3 + 0) / 2),
        ("title_acc", 1.0),
        # only A has a gold date; B's is invented.
        ("date_acc", 1.0),
        ("dates_invented", 1),
        ("source_acc", 1.0),
        # 3 quote matches, 4 predicted, 4 gold.
        ("quote_p", 0.75),
        ("quote_r", 0.75),
        ("quote_f1", 0.75),
        # 2 matched quotes with a known speaker, 1 right.
        ("speaker_acc", 0.5),
        # right span and speaker: Lavrov, plus the 2 gold quotes with no speaker to check
        # (A's unmatched one does not count): 2 of 4 predicted, 2 of 4 gold.
        ("attrib_f1", 0.5),
    ],
)
def test_figures_follow_the_shared_rules(figures, metric, expected):
    assert figures[metric] == pytest.approx(expected)


def test_a_repeated_line_leaks_only_when_kept_more_often_than_the_body_has_it():
    """A line that is body once and boilerplate once leaks only if the output keeps it twice."""
    gold = {"file": "c.txt", "title": None, "published": None, "source": None, "quotes": []}
    gold |= {"body": ["Read more", "Story."], "boilerplate": ["Read more"]}
    once = {"file": "c.txt", "body": ["Read more", "Story."]}
    twice = {"file": "c.txt", "body": ["Read more", "Read more", "Story."]}
    assert score([once], [gold])["boiler_leak"] == 0.0
    assert score([twice], [gold])["boiler_leak"] == 1.0


def test_a_title_that_is_not_a_prefix_of_the_body_is_wrong_when_gold_has_none():
    gold = GOLD_B | {"quotes": []}
    assert score([PRED_B | {"title": "Something else"}], [gold])["title_acc"] == 0.0
    assert score([PRED_B | {"title": None}], [gold])["title_acc"] == 1.0


def test_a_missing_prediction_scores_zero_but_counts():
    """A page the extractor left out counts as empty, not as skipped."""
    figures = score([PRED_B], [GOLD_A, GOLD_B])
    assert (
        figures["docs"] == 2 and figures["title_acc"] == 0.5 and figures["quote_r"] == 0.25
    )  # 1 of 4 gold quotes
