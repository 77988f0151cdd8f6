"""The connection to the company directory."""

from __future__ import annotations

import os

from ldap3 import Connection, Server

LDAP_URL = os.environ.get("LDAP_URL", "ldap://ldap.corp.example.com")


def connect() -> Connection:
    server = Server(LDAP_URL)
    return Connection(server, auto_bind=True)
