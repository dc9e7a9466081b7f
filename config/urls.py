from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy

from config.login_throttle import ThrottledAdminAuthenticationForm

admin.site.login_form = ThrottledAdminAuthenticationForm
admin.site.site_header = gettext_lazy("Administration de Dépêches")
admin.site.site_title = gettext_lazy("Administration de Dépêches")

urlpatterns = [
    path("admin/", admin.site.urls),
    # POST language=en|fr&next=<this page's path and query>: the language switch
    path("i18n/", include("django.conf.urls.i18n")),
    path("search/", include("search.urls")),
    path("api/", include("archive.api.urls")),
    path("", include("archive.urls")),
]
