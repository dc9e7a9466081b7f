"""/citation/<pk>/ : one statement, who reported it first and who relayed it, its corrections."""

from django.views import generic

from archive import propagation
from archive.models import Statement


class StatementDetailView(generic.DetailView):
    template_name = "archive/statement_detail.html"
    context_object_name = "statement"
    queryset = Statement.objects.select_related("article__source", "speaker")

    def get_context_data(self, **kwargs):
        statement = self.object
        cluster, size = propagation.reports(statement)
        outlets = propagation.outlet_counts([statement]).get(statement.pk)
        return super().get_context_data(
            first=cluster[0] if len(cluster) > 1 else None,
            relays=cluster[1:] if len(cluster) > 1 else [],
            reports=size,
            unlisted=size - len(cluster),
            outlet_count=outlets.count if outlets else 1,
            outlet_count_complete=outlets.complete if outlets else True,
            corrections=list(statement.corrections.order_by("created", "pk")),
            **kwargs,
        )
