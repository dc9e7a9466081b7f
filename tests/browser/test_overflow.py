"""No page is wider than the screen, on a phone (390 px) or a laptop (1280 px)."""

import pytest

from .conftest import DESKTOP, PHONE, note, open_phone, overflow
from .test_axe import PAGE_TYPES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_fits_the_phone(browser, site, page_types, kind, language):
    context, phone = open_phone(browser, language)
    try:
        phone.goto(site + page_types[kind])
        assert phone.evaluate("document.documentElement.lang") == language
        extra = overflow(phone)
    finally:
        context.close()
    note(f"overflow {PHONE} {language} {kind} {page_types[kind]}: {extra} px")
    assert extra <= 0


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_fits_the_laptop(page, site, page_types, kind):
    page.goto(site + page_types[kind])
    extra = overflow(page)
    note(f"overflow {DESKTOP} {kind} {page_types[kind]}: {extra} px")
    assert extra <= 0
