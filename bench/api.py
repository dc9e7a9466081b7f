"""Sizes, times and query counts of the JSON API on the configured archive.

`DEPECHES_DATA_DIR=… python -m bench.api` requests each endpoint five times through
Django's test client (no network) and prints the median time, the bytes and the number
of database queries of each.
"""

from __future__ import annotations

import os
import statistics
import time


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from archive.models import Article, Speaker, Statement

    article = Article.objects.order_by("pk").first()
    statement = Statement.objects.order_by("pk").first()
    speaker = Speaker.objects.order_by("pk").first()
    if not (article and statement and speaker):
        raise SystemExit("the archive is empty: import something first")
    urls = [
        "/api/articles/",
        "/api/articles/?page_size=100",
        "/api/articles/?page_size=100&hide_copies=1&from=2018&to=2020",
        f"/api/articles/{article.pk}/",
        "/api/statements/?page_size=100",
        f"/api/statements/?speaker={speaker.slug}&page_size=100",
        f"/api/statements/{statement.pk}/",
        "/api/speakers/?page_size=100",
        "/api/sources/",
        "/api/articles/?from=2020-13",
    ]
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'url':64} {'status':>6} {'bytes':>8} {'ms p50':>7} {'queries':>7}")
    for url in urls:
        times = []
        for _ in range(5):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
        print(
            f"{url:64} {response.status_code:>6} {len(response.content):>8}"
            f" {statistics.median(times):>7.1f} {len(queries):>7}"
        )


if __name__ == "__main__":
    main()
