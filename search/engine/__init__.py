"""The Whoosh backend, by concern (assembled in search.backends).

schema       Haystack fields -> Whoosh schema, values -> what the index holds
lifecycle    the long-lived searcher, its generation and the caches tied to it
docsets      exact hit sets by set algebra on posting lists; phrases verified
execute      a search: filters, hit set, top k (relevance or date), the memo
facets       facet counts from per-segment value tables
highlight    results from stored fields; snippets and titles with <mark>s
writing      one writer per batch; the bulk path used by rebuild/update_index
extras       more like this, related articles, spelling helpers
"""
