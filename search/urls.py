from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    # /search/?q=Lavrov
    path("", views.SearchView.as_view(), name="search"),
]
