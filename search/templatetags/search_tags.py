"""Template tags for search pages: facet links, the date chart, related articles.

{% query_set "speaker" item.value %}   this page's query string with one key set
{% query_remove "speaker" %}           … with keys removed (page is always dropped)
{% date_chart bars "year" %}           inline SVG bar chart; each bar links to its search
{% related_articles article %}         "Articles liés" for an article page
"""

from urllib.parse import urlencode

from django import template

from ..related import related_articles as find_related

register = template.Library()

CHART_WIDTH, CHART_HEIGHT, LABEL_HEIGHT = 600, 120, 18


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
    """Bars of (value, label, count): how many documents per year or month."""
    bars = list(bars or [])
    top = max((count for _, _, count in bars), default=0)
    slot = CHART_WIDTH / max(len(bars), 1)
    drawn = []
    for i, (value, label, count) in enumerate(bars):
        height = round((CHART_HEIGHT - 4) * count / top, 1) if top else 0
        drawn.append(
            {
                "value": value,
                "label": label,
                "count": count,
                "x": round(i * slot + slot * 0.1, 1),
                "width": round(slot * 0.8, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "height": height,
                "text_x": round(i * slot + slot / 2, 1),
                "url": _query_string(context.get("request"), {key: value}),
                "show_label": len(bars) <= 16 or i % max(1, len(bars) // 12) == 0,
            }
        )
    return {
        "bars": drawn,
        "caption": caption,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT + LABEL_HEIGHT,
        "baseline": CHART_HEIGHT,
        "label_y": CHART_HEIGHT + LABEL_HEIGHT - 4,
    }


@register.inclusion_tag("search/includes/_related.html")
def related_articles(article, n=5):
    """List up to `n` articles like `article` (shared key terms, else shared speakers)."""
    return {"article": article, "related": find_related(article, n)}
