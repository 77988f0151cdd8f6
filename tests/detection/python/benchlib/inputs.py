"""Input handling shared by the views."""

from __future__ import annotations

import html
import os
import re
import shlex

from ldap3.utils.conv import escape_filter_chars
from markupsafe import escape

_IDENTIFIER = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def quote_shell(value: str) -> str:
    return shlex.quote(value)


def escape_html(value: str) -> str:
    return html.escape(value, quote=True)


def escape_markup(value: str) -> str:
    return str(escape(value))


def escape_ldap(value: str) -> str:
    return escape_filter_chars(value)


def as_int_text(value: str) -> str:
    return str(int(value))


def plain_filename(value: str) -> str:
    name = os.path.basename(value)
    if name in ("", ".", ".."):
        raise ValueError("not a file name")
    return name


def identifier(value: str) -> str:
    if not _IDENTIFIER.fullmatch(value) or ".." in value:
        raise ValueError("not an identifier")
    return value
