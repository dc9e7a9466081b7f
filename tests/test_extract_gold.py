"""The extractor against the seeds' gold annotations: the bar every change must keep."""

import json

import pytest

from archive.ingest.extract import extract_batch
from archive.ingest.parse import decode
from tests.conftest import GOLD_DIR, SEEDS_DIR
from tests.goldscore import score

BAR = {
    "body_line_f1": 1.0,
    "title_acc": 1.0,
    "date_acc": 1.0,
    "source_acc": 1.0,
    "quote_f1": 1.0,
    "speaker_acc": 1.0,
    "attrib_f1": 1.0,
}


@pytest.fixture(scope="module")
def figures():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
    docs = [decode(g["file"], (SEEDS_DIR / g["file"]).read_bytes()) for g in golds]
    preds = [r.to_json() for r in extract_batch(docs)]
    return score(preds, golds)


@pytest.mark.parametrize("metric", sorted(BAR))
def test_seed_metric_reaches_the_bar(figures, metric):
    """Each figure on the seeds (whole batch, as `manage.py extract` runs it) is perfect."""
    assert figures[metric] >= BAR[metric], figures


def test_seed_boilerplate_does_not_leak(figures):
    """No gold boilerplate line ends up in the bodies."""
    assert figures["boiler_leak"] == 0.0, figures


def test_seed_dates_are_never_invented(figures):
    """No seed gets a date its page does not state."""
    assert figures["dates_invented"] == 0, figures


def test_scorer_can_fail():
    """The scorer itself gives low figures to a wrong extraction (so the bar means something)."""
    gold = {
        "file": "x.txt",
        "title": "A headline",
        "published": "2020-01-02",
        "source": "AFP",
        "body": ["Body line one.", "Body line two."],
        "boilerplate": ["Share"],
        "quotes": [{"text": "we will win this", "accept": ["lavrov"]}],
    }
    pred = {
        "file": "x.txt",
        "title": None,
        "published": None,
        "source": None,
        "body": ["Share"],
        "quotes": [{"text": "we will win this", "speaker": "Blinken"}],
    }
    figures = score([pred], [gold])
    assert figures["body_line_f1"] == 0 and figures["boiler_leak"] == 1
    assert figures["title_acc"] == 0 and figures["speaker_acc"] == 0 and figures["quote_f1"] == 1
