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
        cluster = propagation.cluster_of(statement)
        outlets = {s.article.source_id or -s.article_id for s in cluster}
        return super().get_context_data(
            first=cluster[0] if len(cluster) > 1 else None,
            relays=cluster[1:] if len(cluster) > 1 else [],
            outlet_count=len(outlets),
            corrections=list(statement.corrections.order_by("created", "pk")),
            **kwargs,
        )
