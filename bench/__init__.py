"""The benchmark: generated articles, imported and searched (see run.py)."""
