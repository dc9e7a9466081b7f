"""axe-core on every page type: no critical or serious accessibility violation."""

import pytest

from .conftest import axe_violations, note

PAGE_TYPES = [
    "home",
    "archive",
    "year",
    "month",
    "day",
    "undated",
    "article",
    "speakers",
    "speaker",
    "sources",
    "source",
    "search",
    "search-statements",
    "statement",
]

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_serious_violations(page, site, page_types, kind):
    page.goto(site + page_types[kind])
    violations = axe_violations(page)
    counts = {
        impact: sum(v["impact"] == impact for v in violations)
        for impact in ("critical", "serious", "moderate", "minor")
    }
    note(f"axe {kind} {page_types[kind]}: {counts}")
    grave = [v for v in violations if v["impact"] in ("critical", "serious")]
    assert not grave, grave
