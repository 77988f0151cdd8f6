"""Case tables for generate_cases.py (not cases themselves)."""
