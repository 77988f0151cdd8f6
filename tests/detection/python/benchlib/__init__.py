"""Small modules the benchmark's cases import, as real views import their project's utilities."""
