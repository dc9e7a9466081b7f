"""A JSON read API over the archive: articles, statements, speakers and sources."""
