"""Template tags for search pages: facet links, the date chart, related articles.

{% query_set "speaker" item.value %}   this page's query string with one key set
{% query_remove "speaker" %}           … with keys removed (page is always dropped)
{% date_chart bars "year" %}           bar chart (HTML, with a table); each bar links to its search
{% related_articles article %}         "Articles liés" for an article page
"""

from urllib.parse import urlencode

from django import template

from ..related import related_articles as find_related

register = template.Library()

CHART_STEPS = 20  # bar heights in steps of 5 % (classes date-chart__bar--0 … --20)
CHART_ALL_LABELS = 24  # more bars than this: every n-th label only
CHART_FLAT_LABELS = 6  # more bars than this: labels written upwards
CHART_COUNT_CHARACTERS = 30  # bars × digits of the top count above this: counts on hover


def _query_string(request, changes: dict) -> str:
    """Like request.GET.copy(), then set or pop `changes` and page, then urlencode():
    the same string, without deep-copying the QueryDict for every link of the page."""
    params = dict(request.GET.lists()) if request is not None else {}
    params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = [value]
    encoded = urlencode([(k, str(v)) for k, values in params.items() for v in values])
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def query_set(context, key, value):
    """Return "?…" with request.GET copied, `key` set to `value`, and no page."""
    return _query_string(context.get("request"), {key: value})


@register.simple_tag(takes_context=True)
def query_remove(context, *keys):
    """Return "?…" with request.GET copied, `keys` removed, and no page."""
    return _query_string(context.get("request"), dict.fromkeys(keys))


@register.inclusion_tag("search/includes/_chart.html", takes_context=True)
def date_chart(context, bars, key, caption=""):
    """Bars of (value, label, count): how many documents per year or month.

    HTML bars (links in a list, so each is reachable by keyboard and read as "label:
    count"); a bar's height is one of CHART_STEPS classes (the page's CSP allows no
    inline style). The same figures are given as a table.
    """
    bars = list(bars or [])
    top = max((count for _, _, count in bars), default=0)
    every = 1 if len(bars) <= CHART_ALL_LABELS else -(-len(bars) // CHART_ALL_LABELS)
    drawn = []
    for i, (value, label, count) in enumerate(bars):
        step = round(CHART_STEPS * count / top) if top else 0
        drawn.append(
            {
                "value": value,
                "label": label,
                "count": count,
                "step": max(step, 1) if count else 0,
                "url": _query_string(context.get("request"), {key: value}),
                "show_label": i % every == 0,
            }
        )
    return {
        "bars": drawn,
        "caption": caption,
        "top": top,
        "dense": len(bars) > CHART_FLAT_LABELS,
        "counts_shown": len(bars) * len(str(top)) <= CHART_COUNT_CHARACTERS,
    }


@register.inclusion_tag("search/includes/_related.html")
def related_articles(article, n=5):
    """List up to `n` articles like `article` (shared key terms, else shared speakers)."""
    return {"article": article, "related": find_related(article, n)}
