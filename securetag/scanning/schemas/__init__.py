"""Data files: JSON schemas Securetag validates its output against."""
