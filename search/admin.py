from django.contrib import admin
from django.utils.translation import gettext_lazy

from .models import Variant


@admin.register(Variant)
class VariantAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "spellings_inline"]
    list_filter = ["kind"]
    search_fields = ["name", "spellings"]

    @admin.display(description=gettext_lazy("autres graphies"))
    def spellings_inline(self, obj):
        return ", ".join(obj.spelling_list)
