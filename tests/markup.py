"""Checks that hostile text came out as text: in HTML pages, Atom feeds, CSV and JSON.

The payloads carry markers: a `<xss-probe>` element, `data-xss-probe` attributes that
break out of a quoted attribute, and `javascript:` URLs. Escaped, they are harmless text;
the checks parse each response as a browser, feed reader or spreadsheet would and fail
if a marker became markup.
"""

import csv
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

PROBE_TAG = "xss-probe"
PROBE_ATTRIBUTE = "data-xss-probe"
PAYLOADS = [
    f"<{PROBE_TAG}>",
    f"<script>{PROBE_TAG}()</script>",
    f'"><{PROBE_TAG} {PROBE_ATTRIBUTE}="1">',
    f'" {PROBE_ATTRIBUTE}="1',
    f"' {PROBE_ATTRIBUTE}='1",
    f"javascript:{PROBE_TAG}()",
    f"</textarea></title><{PROBE_TAG}>",
    f"<!--<{PROBE_TAG}>-->",
]
FORMULAS = ['=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0", "+1+1", "@SUM(1)"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}


class _MarkupFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == PROBE_TAG:
            self.found.append(f"<{tag}> element")
        if tag == "script" and not dict(attrs).get("src"):
            self.found.append("inline <script>")
        for name, value in attrs:
            if name.startswith(PROBE_ATTRIBUTE) or name.startswith("on"):
                self.found.append(f"attribute {name}= on <{tag}>")
            if name == "style":
                self.found.append(f"inline style on <{tag}>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"javascript: URL in {name}= on <{tag}>")

    handle_startendtag = handle_starttag


def markup_problems(html: str) -> list[str]:
    """What in `html` is markup a payload made, or inline script/style a CSP would block."""
    finder = _MarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def response_problems(response) -> list[str]:
    """Check a response by its content type; return what is wrong (empty: all escaped)."""
    kind = response.get("Content-Type", "")
    body = response.content.decode("utf-8")
    if kind.startswith("text/html"):
        return markup_problems(body)
    if "atom+xml" in kind:
        return feed_problems(response.content)
    if kind.startswith("text/csv"):
        return csv_problems(body)
    if kind.startswith("application/json"):
        json.loads(body)
        return []
    if kind.startswith("text/plain"):
        return [] if response.get("X-Content-Type-Options") == "nosniff" else ["sniffable"]
    return [f"unexpected content type {kind}"]


def feed_problems(content: bytes) -> list[str]:
    """The feed must be well-formed XML; html summaries must hold no payload markup."""
    root = ET.fromstring(content)
    problems = []
    for element in root.iter():
        if element.get("type") == "html":
            problems += markup_problems(element.text or "")
        if element.tag.endswith("}link") and (element.get("href") or "").lower().startswith(
            "javascript:"
        ):
            problems.append("javascript: link in feed")
    return problems


def csv_problems(body: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    return [
        f"formula cell {cell!r}" for row in rows for cell in row if cell.startswith(FORMULA_STARTS)
    ]
