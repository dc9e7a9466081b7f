"""axe-core on every page type, in French and in English: no critical or serious
accessibility violation. The counts per page (all impacts) go to the run's summary."""

import pytest

from .conftest import LOCALES, axe_violations, note, open_desktop

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
    "search-browse",
    "search",
    "search-statements",
    "search-card",
    "statement",
]

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LOCALES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_serious_violations(browser, site, page_types, kind, language):
    context, page = open_desktop(browser, language)
    try:
        page.goto(site + page_types[kind])
        assert page.evaluate("document.documentElement.lang") == language
        violations = axe_violations(page)
    finally:
        context.close()
    counts = {
        impact: sum(v["impact"] == impact for v in violations)
        for impact in ("critical", "serious", "moderate", "minor")
    }
    rules = ", ".join(sorted({v["id"] for v in violations})) or "-"
    note(f"axe {language} {kind:<17} {counts}  rules: {rules}  ({page_types[kind]})")
    grave = [v for v in violations if v["impact"] in ("critical", "serious")]
    assert not grave, grave
