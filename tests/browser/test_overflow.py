"""No page is wider than the screen, on a phone (390 px) or a laptop (1280 px)."""

import pytest

from .conftest import DESKTOP, PHONE, note, overflow
from .test_axe import PAGE_TYPES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_fits_the_phone(phone, site, page_types, kind):
    phone.goto(site + page_types[kind])
    extra = overflow(phone)
    note(f"overflow {PHONE} {kind} {page_types[kind]}: {extra} px")
    assert extra <= 0


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_fits_the_laptop(page, site, page_types, kind):
    page.goto(site + page_types[kind])
    extra = overflow(page)
    note(f"overflow {DESKTOP} {kind} {page_types[kind]}: {extra} px")
    assert extra <= 0
