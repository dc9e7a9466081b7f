"""Hostile URLs on the seeds: generated queries and parameters on every public URL.

Hypothesis draws a URL (every page, search mode, feed and export, plus date and id paths
out of range) and a query string: control characters and NUL, percent-encoded junk,
4 KB and 100 KB queries, 1,000 OR terms, unbalanced quotes and brackets, field syntax
nonsense, extreme dates and pages, repeated parameters, markup payloads. No response
may be a server error (>= 500), and none may carry markup made from the input.

`make test` sends DEPECHES_FUZZ_EXAMPLES (default 300) requests with a fixed seed;
`make test-fuzz` sends 10,500 with a random seed, writes a summary (requests, failures,
slowest) to DEPECHES_FUZZ_REPORT and checks DEPECHES_FUZZ_MAX_SECONDS per request
there, not in the unit tests.
"""

import json
import os
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest.pipeline import import_paths
from archive.models import Article, Source, Speaker
from tests.markup import PAYLOADS, response_problems

EXAMPLES = int(os.environ.get("DEPECHES_FUZZ_EXAMPLES", "300"))
FULL_RUN = "DEPECHES_FUZZ_REPORT" in os.environ
MAX_SECONDS = float(os.environ.get("DEPECHES_FUZZ_MAX_SECONDS", "0"))  # 0: not checked

PARAMS = ["q", "mode", "speaker", "source", "language", "year", "month", "from", "to", "sort"]
OTHER_PARAMS = ["page", "tri", "selected_facets", "format", "q[]", "", "%00"]
MODES = ["articles", "statements", "", "STATEMENTS", "x"]
EXTREME_DATES = [
    "0001", "0000", "9999", "9999-12-31", "0001-01-01", "10000", "-1", "2020-13-45",
    "..", "2020..", "..0001", "0001..9999", "9999..0001", "31/12/9999", "00/00/0000",
    "2020-02-30", "1970-01-01", "2038-01-19", "99999999999999999999", "2020-1-1..",
]  # fmt: skip
EXTREME_NUMBERS = [
    "0", "-1", "1", "2", "99999999999999999999", "-99999999999999999999", "1e9", "NaN",
    "inf", "0x10", "1.5", " 2", "２", "last", "",
]  # fmt: skip
FIELD_NAMES = ["speaker", "orateur", "source", "date", "lang", "langue", "language", "x", ""]
SPECIALS = list("\"'«»“”„‹›()[]{}:*?~^\\/-+!|&<>=@%#;,.")
OPERATORS = ["OR", "AND", "NOT", "OU", "ET", "||", "&&", "-", "+"]
BIG_QUERIES = [
    "a" * 4096,
    "négociation " * 8192,  # about 100 KB
    " OR ".join(f"mot{i}" for i in range(1000)),
    " OR ".join(["Lavrov"] * 1000),
    '"' * 101,
    "«" * 500,
    "(" * 2000 + "x",
    "date:" * 800,
    "-" * 4096,
    "\x00" * 4096,
]
RAW_PIECES = [
    "%", "%%", "%zz", "%0", "%00", "%C3", "%C3%28", "%E2%82", "%ED%A0%80", "%FF%FE",
    "%F0%9F%98", "&", "&&", "=", "==", "q", "q=", "=q", "+", "%2B", "%26", "%3D", ";",
    "q=%00", "mode=%00", "from=%00", "page=%00", "q=a&q=b&q=c",
]  # fmt: skip

CONTROL = st.characters(codec="utf-8", categories=["Cc"])
ANY_CHARACTER = st.characters(codec="utf-8", exclude_categories=["Cs"])
junk = st.text(
    st.one_of(ANY_CHARACTER, CONTROL, st.just("\x00"), st.sampled_from(SPECIALS)), max_size=40
)
field_syntax = st.builds(
    lambda name, value: f"{name}:{value}",
    st.sampled_from(FIELD_NAMES),
    st.one_of(junk, st.sampled_from(EXTREME_DATES), st.sampled_from(PAYLOADS)),
)
query = st.one_of(
    junk,
    field_syntax,
    st.sampled_from(BIG_QUERIES),
    st.sampled_from(PAYLOADS),
    st.lists(st.one_of(junk, field_syntax, st.sampled_from(OPERATORS)), max_size=8).map(" ".join),
)
value = st.one_of(
    query,
    junk,
    st.sampled_from(EXTREME_DATES),
    st.sampled_from(EXTREME_NUMBERS),
    st.sampled_from(MODES),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
# (name, value) pairs: a name drawn twice is a repeated parameter.
params = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMS), st.sampled_from(OTHER_PARAMS), junk), value),
    max_size=6,
)
raw_tail = st.lists(st.one_of(st.sampled_from(RAW_PIECES), junk.map(quote)), max_size=5).map(
    "&".join
)
path_number = st.one_of(
    st.integers(min_value=-1, max_value=10**20), st.sampled_from([0, 1, 9999, 10000])
)


def public_urls() -> list[str]:
    """Every public page, feed and export of the imported seeds."""
    article = Article.objects.published().order_by("pk").first()
    undated = Article.objects.undated().first() or article
    speaker = Speaker.objects.order_by("pk").first()
    source = Source.objects.order_by("pk").first()
    day = article.published
    urls = [
        reverse("archive:home"),
        reverse("archive:article_archive"),
        reverse("archive:article_undated"),
        reverse("archive:article_year", args=[day.year]),
        reverse("archive:article_month", args=[day.year, day.month]),
        reverse("archive:article_day", args=[day.year, day.month, day.day]),
        article.get_absolute_url(),
        undated.get_absolute_url(),
        reverse("archive:article_raw", args=[article.pk]),
        reverse("archive:speaker_list"),
        speaker.get_absolute_url(),
        reverse("archive:source_list"),
        source.get_absolute_url(),
        reverse("search:search"),
        reverse("search:feed"),
        reverse("search:speaker_feed", kwargs={"slug": speaker.slug}),
        reverse("search:source_feed", kwargs={"slug": source.slug}),
        reverse("search:export_csv"),
        reverse("search:export_json"),
    ]
    return urls


@pytest.fixture
def seeded(db, seeds_dir):
    report = import_paths([seeds_dir], workers=1)
    assert report.failed == 0
    return public_urls()


class Requests:
    """Sends requests; keeps the count, the failures and the slowest for the summary."""

    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.sent = 0
        self.failures = []  # (status, url, problems)
        self.slowest = []  # (seconds, url)

    def check(self, path: str, query_string: str) -> list[str]:
        """Send one GET; return what is wrong with its response (empty: nothing)."""
        start = time.perf_counter()
        response = self.client.get(path, QUERY_STRING=query_string)
        seconds = time.perf_counter() - start
        self.sent += 1
        url = f"{path}?{query_string}"[:300]
        self.slowest = sorted([*self.slowest, (round(seconds, 3), url[:200])], reverse=True)[:5]
        if response.status_code >= 500:
            problems = [f"status {response.status_code}"]
        else:
            problems = response_problems(response)
        if MAX_SECONDS and seconds >= MAX_SECONDS:
            problems.append(f"{seconds:.2f} s")
        if problems:
            self.failures.append((response.status_code, url, problems))
        return problems


def check(requests: Requests, path: str, query_string: str) -> None:
    """Fail at once, except in the full run, which counts every failure first."""
    problems = requests.check(path, query_string)
    if not FULL_RUN:
        assert not problems, f"{problems} for {path}?{query_string[:300]}"


def test_the_issue_cases_on_every_url(seeded):
    """The inputs that gave 500s, and the named hostile shapes, on every public URL."""
    cases = [
        {"q": "a\x00b"},
        {"speaker": "Lavrov\x00"},
        {"source": "\x00"},
        {"from": "2020\x00"},
        {"q": "date:0001"},
        {"from": "0001-01-01"},
        {"to": "9999-12-31", "from": "0001-01-01"},
        {"q": "Lavrov"},
        {"q": "Lavrov", "mode": "statements"},
        {"q": BIG_QUERIES[0]},
        {"q": BIG_QUERIES[1]},
        {"q": BIG_QUERIES[2]},
        {"q": '"cessez le feu', "page": "99999999999999999999"},
        {"q": "speaker: source:: date:..", "year": "0000", "month": "9999-99"},
        {"q": PAYLOADS[2], "speaker": PAYLOADS[3], "source": PAYLOADS[5]},
    ]
    requests = Requests()
    for path in seeded:
        for case in cases:
            check(requests, path, urlencode(case))
        check(requests, path, "q=a&q=%00&q=%ZZ&page=2&page=%FF&mode=statements&mode=x")
    assert not requests.failures, requests.failures[:10]
    assert requests.sent == len(seeded) * (len(cases) + 1)


def test_generated_urls_never_fail(seeded, request):
    """EXAMPLES generated requests (10,500 under `make test-fuzz`): no 5xx, no markup."""
    requests = Requests()
    date_paths = st.one_of(
        st.builds(lambda y: f"/articles/{y}/", path_number),
        st.builds(lambda y, m: f"/articles/{y}/{m}/", path_number, path_number),
        st.builds(lambda y, m, d: f"/articles/{y}/{m}/{d}/", path_number, path_number, path_number),
        st.builds(lambda n: f"/article/{n}-x/", path_number),
        st.builds(lambda n: f"/article/{n}/brut/", path_number),
        st.builds(lambda s: f"/orateurs/{quote(s, safe='')}/", junk),
        st.builds(lambda s: f"/search/feed/source/{quote(s, safe='')}/", junk),
    )
    searches = [url for url in seeded if url.startswith("/search/")]
    paths = st.one_of(
        st.sampled_from(searches), st.sampled_from(searches), st.sampled_from(seeded), date_paths
    )

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=not FULL_RUN,
        suppress_health_check=list(HealthCheck),
    )
    @given(path=paths, values=params, tail=raw_tail)
    def send(path, values, tail):
        query_string = "&".join(filter(None, [urlencode(values), tail]))
        check(requests, path, query_string)

    try:
        send()
    finally:
        if FULL_RUN:
            Path(os.environ["DEPECHES_FUZZ_REPORT"]).write_text(
                json.dumps(
                    {
                        "requests": requests.sent,
                        "failures": len(requests.failures),
                        "failures_by_path": Counter(
                            f"{status} {url.partition('?')[0]}"
                            for status, url, _ in requests.failures
                        ),
                        "first_failures": requests.failures[:10],
                        "slowest_seconds": requests.slowest,
                        "max_seconds_allowed": MAX_SECONDS,
                    },
                    indent=1,
                    ensure_ascii=False,
                )
            )
    assert not requests.failures, requests.failures[:10]
    if FULL_RUN:
        assert requests.sent >= 10_000
