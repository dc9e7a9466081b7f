"""Who a name in the search box means: speakers and sources by any of their names.

`speaker:Lavrov`, `speaker:"Sergey Lavrov"` and `speaker:Лавров` (when it is an alias)
all mean the speaker « Sergueï Lavrov »: the name is compared folded (accents, case)
with each row's name, slug and aliases, and so are its spellings from the variants list
(Sergey/Sergueï). A name given in full matches the rows holding it as a name or alias;
a part of a name ("Lavrov", "Zakharov") matches every row with a name in which it
starts a word.
"""

import re

from archive.text import fold, make_slug

from .variants import alternatives

MAX_ROWS = 10


def _names(row) -> list[str]:
    return [row.name, *(row.aliases or [])]


def _contains_words(haystack: str, needle: str) -> bool:
    """Whether `needle` starts at a word of `haystack` ("zakharov" in "maria zakharova")."""
    return re.search(rf"(?<!\w){re.escape(needle)}", haystack) is not None


def resolve_named(model, name: str) -> list:
    """Return the rows of `model` (Speaker or Source) that `name` designates."""
    name = (name or "").strip()
    if not name:
        return []
    spellings = [name, *alternatives(name)]
    keys = [k for k in dict.fromkeys(fold(s) for s in spellings) if k]
    slugs = {make_slug(s) for s in spellings}
    by_slug = list(model.objects.filter(slug__in=slugs)[:MAX_ROWS])
    if by_slug:  # a facet link's slug, or a canonical name: one indexed look-up
        return by_slug
    rows = list(model.objects.only("pk", "name", "slug", "aliases"))
    exact = [row for row in rows if row.slug in slugs or any(fold(n) in keys for n in _names(row))]
    if exact:
        return exact[:MAX_ROWS]
    if max((len(k) for k in keys), default=0) < 3:
        return []
    partial = [
        row
        for row in rows
        if any(_contains_words(fold(n), k) for n in _names(row) for k in keys if len(k) >= 3)
    ]
    return partial[:MAX_ROWS]
