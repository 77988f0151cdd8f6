"""Securetag: a self-hosted, multi-tenant security-scanning service.

PostgreSQL is its only coordination layer.
"""

__version__ = "0.1.0"
