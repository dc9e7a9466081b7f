"""Whoosh backend for French (and English) text. Fleshed out in search/analysis."""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend


class FrenchWhooshBackend(WhooshSearchBackend):
    pass


class FrenchWhooshEngine(WhooshEngine):
    backend = FrenchWhooshBackend
