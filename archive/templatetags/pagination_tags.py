"""Numbered pagination: {% page_numbers page_obj %} -> [1, None, 4, 5, 6, 7, 8, None, 31].

None stands for a gap (shown as …). The first and last pages are always there, with a
window of pages on each side of the current one; a gap of a single page is shown as
that page instead.
"""

from django import template

register = template.Library()

WINDOW = 2


def page_numbers_around(current: int, last: int, window: int = WINDOW) -> list[int | None]:
    """Page numbers to link from page `current` of `last`, None for each gap."""
    shown = {1, last, *range(max(1, current - window), min(last, current + window) + 1)}
    numbers: list[int | None] = []
    previous = 0
    for number in sorted(shown):
        if number - previous == 2:
            numbers.append(number - 1)
        elif number - previous > 2:
            numbers.append(None)
        numbers.append(number)
        previous = number
    return numbers


@register.simple_tag
def page_numbers(page_obj) -> list[int | None]:
    return page_numbers_around(page_obj.number, page_obj.paginator.num_pages)
