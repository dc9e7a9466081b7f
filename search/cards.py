"""Cards above the results when the query names a speaker or a source.

"Lavrov", "Sergueï Lavrov", "Sergey Lavrov" (an alias or a spelling from the variants
list) or "Xinhua" typed alone (no other word, no filter) bring a card linking to the
speaker's or the source's page. A speaker is also named by the last word of their name
("Lavrov"), when no other speaker shares it. The names are read from the database once
and kept until a speaker or a source changes (or MAX_AGE in another process).
"""

import threading
import time

from django.db.models.signals import post_delete, post_save
from django.urls import reverse

from archive.models import Source, Speaker
from archive.text import fold

from .variants import alternatives

MAX_AGE = 60.0
MAX_WORDS = 6
MAX_CARDS = 3
_lock = threading.Lock()
_cache = {"version": None, "built": 0.0, "table": {}}
_version = [0]


def _forget(**kwargs):
    _version[0] += 1


for _model in (Speaker, Source):
    post_save.connect(_forget, sender=_model, dispatch_uid=f"cards-save-{_model.__name__}")
    post_delete.connect(_forget, sender=_model, dispatch_uid=f"cards-delete-{_model.__name__}")


URLS = {"speaker": "archive:speaker_detail", "source": "archive:source_detail"}


def _name_table() -> dict:
    """Return folded name -> [(kind, name, slug)]: names, aliases, speakers' last words."""
    now = time.monotonic()
    if _cache["version"] == _version[0] and now - _cache["built"] < MAX_AGE:
        return _cache["table"]
    with _lock:
        version = _version[0]
        table, surnames = {}, {}
        for kind, model in (("speaker", Speaker), ("source", Source)):
            for name, slug, aliases in model.objects.values_list("name", "slug", "aliases"):
                card = (kind, name, slug)
                for spelling in [name, *(aliases or [])]:
                    key = fold(spelling)
                    if key and card not in table.setdefault(key, []):
                        table[key].append(card)
                    words = key.split()
                    if kind == "speaker" and len(words) > 1 and len(words[-1]) > 2:
                        surnames.setdefault(words[-1], set()).add(card)
        for key, cards in surnames.items():
            if key not in table and len(cards) == 1:
                table[key] = list(cards)
        _cache.update(version=version, built=now, table=table)
    return table


def entity_cards(parsed) -> list[dict]:
    """Return the cards for a query that is only the name of a speaker or source."""
    if parsed.excluded or parsed.speakers or parsed.sources or not parsed.groups:
        return []
    typed = [t.text for g in parsed.groups for t in g.typed]
    if len(typed) != len(parsed.groups) or len(" ".join(typed).split()) > MAX_WORDS:
        return []
    text = " ".join(typed)
    table = _name_table()
    cards = []
    for spelling in [text, *alternatives(text)]:
        for kind, name, slug in table.get(fold(spelling), []):
            url = reverse(URLS[kind], kwargs={"slug": slug})
            card = {"kind": kind, "name": name, "url": url}
            if card not in cards:
                cards.append(card)
    return cards[:MAX_CARDS]
