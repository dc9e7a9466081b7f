"""The search form: query language, filters, facets, sort, modes and variants."""

from datetime import UTC, date, datetime, time

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from haystack.forms import FacetedSearchForm
from haystack.inputs import Raw
from haystack.query import SearchQuerySet

from archive.models import Article, Source, Speaker, Statement

from .params import clean_search_params
from .people import resolve_named
from .query import Group, ParsedQuery, Term, parse_date_bound, parse_query
from .suggest import suggest_query
from .variants import add_near_misses, expand_variants

FACET_FIELDS = ("source", "speakers", "language", "year", "month")
FEW_RESULTS = 3  # below this, a spelling suggestion is looked for
MODES = [("articles", gettext_lazy("Articles")), ("statements", gettext_lazy("Déclarations"))]
# Statements mode searches the quote (and who said it); "article" adds the title and
# source of the statement's article (the index's context fields).
SCOPES = [
    ("", gettext_lazy("la citation")),
    ("article", gettext_lazy("la citation et son article")),
]
CONTEXT_FIELDS = ("context", "context_en")
SORTS = [
    ("", gettext_lazy("Pertinence")),
    ("-date", gettext_lazy("Plus récents")),
    ("date", gettext_lazy("Plus anciens")),
]
LANGUAGES = {"fr": gettext_lazy("français"), "en": gettext_lazy("anglais")}
# Dates a search may name: a day away from the ends of what Python's dates can hold,
# so that moving a bound to UTC stays in range and prints as four digits.
FIRST_DAY, LAST_DAY = date(1000, 1, 2), date(9999, 12, 30)


class ResultsQuerySet(SearchQuerySet):
    """Loads the articles of a page with their source, without what results never show
    (every statement and speaker, the raw text, the extraction log)."""

    def _load_model_objects(self, model, pks):
        if model is Article:
            articles = Article.objects.defer("raw_text", "extraction_log")
            return articles.select_related("source").in_bulk(pks)
        return super()._load_model_objects(model, pks)


def _phrase(value: str) -> str:
    return '"{}"'.format(str(value).replace('"', "").replace("\\", ""))


class ArchiveSearchForm(FacetedSearchForm):
    """Reads q and the filter fields; `search()` returns a faceted SearchQuerySet.

    After `search()`: `parsed` (the query structure), `filters` (the applied filters,
    each with its label and URL key), `notes` (what was read differently), `added`
    (spellings searched besides the typed ones).
    """

    q = forms.CharField(
        required=False,
        label=gettext_lazy("Rechercher"),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    mode = forms.ChoiceField(required=False, choices=MODES, label=gettext_lazy("Chercher dans"))
    speaker = forms.CharField(required=False, label=gettext_lazy("Orateur"))
    source = forms.CharField(required=False, label=gettext_lazy("Source"))
    language = forms.CharField(required=False, label=gettext_lazy("Langue"))
    year = forms.CharField(required=False, label=gettext_lazy("Année"))
    month = forms.CharField(required=False, label=gettext_lazy("Mois"))
    sort = forms.ChoiceField(required=False, choices=SORTS, label=gettext_lazy("Trier par"))
    scope = forms.ChoiceField(
        required=False, choices=SCOPES, label=gettext_lazy("Chercher les mots dans")
    )

    def __init__(self, *args, **kwargs):
        if kwargs.get("searchqueryset") is None:
            kwargs["searchqueryset"] = ResultsQuerySet()
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword: declared here to keep the short URL keys.
        self.fields["from"] = forms.CharField(required=False, label=gettext_lazy("Du"))
        self.fields["to"] = forms.CharField(required=False, label=gettext_lazy("Au"))
        self.parsed = ParsedQuery()
        self.filters = []
        self.notes = []
        self.input_notes = []  # what cleaning the parameters changed
        self.added = []

    # Invalid choices must not turn into an error page: fall back to the defaults.
    def clean_mode(self):
        return self.cleaned_data.get("mode") or "articles"

    def full_clean(self):
        if self.data:
            data = self.data.copy()
            values, self.input_notes = clean_search_params(data)
            for name, value in values.items():
                data[name] = value
            for name, choices in (("mode", MODES), ("sort", SORTS), ("scope", SCOPES)):
                if data.get(name) not in {c for c, _ in choices}:
                    data[name] = ""
            self.data = data
        super().full_clean()

    @property
    def statements(self) -> bool:
        return self.cleaned_data.get("mode") == "statements"

    @property
    def is_browsing(self) -> bool:
        """No query and no filter: the page shows the latest articles and tips."""
        data = self.cleaned_data
        keys = ("q", "speaker", "source", "language", "year", "month", "from", "to")
        return not any((data.get(k) or "").strip() for k in keys)

    def no_query_found(self):
        return self.searchqueryset.none()

    def search(self):
        if not self.is_valid() or self.is_browsing:
            return self.no_query_found()
        data = self.cleaned_data
        parsed = self.parsed = parse_query(data.get("q", ""))
        self.notes = [*self.input_notes, *parsed.notes]
        model = Statement if self.statements else Article
        sqs = self.searchqueryset.models(model)
        sqs = self._narrow_people(sqs, parsed)
        sqs = self._narrow_values(sqs, parsed)
        sqs = self._narrow_dates(sqs, parsed)
        if parsed.has_terms:
            expand_variants(parsed)
            add_near_misses(parsed, sqs.query.backend)
            self.added = parsed.added_terms()
            fields = CONTEXT_FIELDS if self.statements and data.get("scope") else ()
            sqs = sqs.filter(content=Raw(parsed.compile(fields))).highlight()
        for facet in FACET_FIELDS:
            sqs = sqs.facet(facet)
        if data.get("sort"):
            sqs = sqs.order_by(data["sort"])
        if self.load_all:
            sqs = sqs.load_all()
        return sqs

    # -- filters --------------------------------------------------------------------

    def _add_filter(self, key, label, value):
        """Note an applied filter; `key` is the URL key that removes it (None: typed in q)."""
        keys = ["from", "to"] if key == "from" else [key] if key else []
        self.filters.append({"keys": keys, "label": label, "value": value})

    def _narrow_people(self, sqs, parsed):
        wanted = [
            ("speaker", self.cleaned_data.get("speaker"), Speaker, "speakers_exact", _("Orateur")),
            ("source", self.cleaned_data.get("source"), Source, "source_exact", _("Source")),
        ]
        typed = {"speaker": parsed.speakers, "source": parsed.sources}
        for key, value, model, field, label in wanted:
            for name in ([value] if value else []) + typed[key]:
                rows = resolve_named(model, name)
                if rows:
                    slugs = " OR ".join(_phrase(r.slug) for r in rows)
                    sqs = sqs.narrow(f"{field}:({slugs})")
                    names = ", ".join(r.name for r in rows)
                    self._add_filter(key if name == value else None, label, names)
                else:
                    # Unknown: search the name as words rather than find nothing.
                    parsed.groups.append(Group([Term(name, phrase=True)]))
                    self.notes.append(
                        _("%(label)s inconnu(e) « %(name)s » : cherché(e) dans le texte.")
                        % {"label": label, "name": name}
                    )
        return sqs

    def _narrow_values(self, sqs, parsed):
        data = self.cleaned_data
        languages = [data["language"]] if data.get("language") else []
        for language in languages + parsed.languages:
            language = language.strip().lower()[:8]
            sqs = sqs.narrow(f"language_exact:{_phrase(language)}")
            self._add_filter(
                "language" if language in languages else None,
                _("Langue"),
                str(LANGUAGES.get(language, language)),
            )
        for key, label in (("year", _("Année")), ("month", _("Mois"))):
            value = (data.get(key) or "").strip()
            if value:
                sqs = sqs.narrow(f"{key}_exact:{_phrase(value)}")
                self._add_filter(key, label, value)
        return sqs

    def _narrow_dates(self, sqs, parsed):
        data = self.cleaned_data
        start, end = parsed.date_from, parsed.date_to
        for key in ("from", "to"):
            text = (data.get(key) or "").strip()
            if not text:
                continue
            bound = parse_date_bound(text, end=key == "to")
            if bound is None:
                self.notes.append(_("Date non reconnue « %(text)s » : ignorée.") % {"text": text})
            elif key == "from":
                start = bound
            else:
                end = bound
        if not (start or end):
            return sqs
        if any(d and not FIRST_DAY <= d <= LAST_DAY for d in (start, end)):
            self.notes.append(
                _(
                    "Dates hors de la période cherchée (du %(first)s au %(last)s) : "
                    "ramenées à cette période."
                )
                % {"first": f"{FIRST_DAY:%d/%m/%Y}", "last": f"{LAST_DAY:%d/%m/%Y}"}
            )
            start, end = (d and min(max(d, FIRST_DAY), LAST_DAY) for d in (start, end))
        zone = timezone.get_current_timezone()
        low = datetime.combine(start or FIRST_DAY, time.min, zone)
        high = datetime.combine(end or LAST_DAY, time.max.replace(microsecond=0), zone)
        sqs = sqs.narrow(f"date:[{_whoosh_datetime(low)} to {_whoosh_datetime(high)}]")
        label = " – ".join(d.strftime("%d/%m/%Y") if d else "…" for d in (start, end))
        self._add_filter("from" if data.get("from") or data.get("to") else None, _("Dates"), label)
        return sqs

    # -- suggestions ----------------------------------------------------------------

    def suggestion(self, hits: int):
        """Return a query that finds more than `hits` documents, or None."""
        backend = self.searchqueryset.query.backend
        if hits >= FEW_RESULTS or not hasattr(backend, "suggest_words"):
            return None
        return suggest_query(self.cleaned_data.get("q") or "", self.parsed, backend)


def _whoosh_datetime(value: datetime) -> str:
    """Format a bound for the index, which holds UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y%m%d%H%M%S")
