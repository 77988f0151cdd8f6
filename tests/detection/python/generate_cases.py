#!/usr/bin/env python3
"""Writes the Python half of the labelled detection benchmark: cases/<category>/*.py and expected.csv.

Each case is one small module: a Flask, Django or FastAPI handler (or, for the categories without
data flow, a function, class or settings module) that either is a real vulnerability or a safe
look-alike of one. Data-flow cases are composed from four parts, so that every category sees every
shape: a *source* (how the handler receives the value), a *flow* (how the value travels: slicing,
a list, a dict, configparser, a field, a helper here or in benchlib, a constant branch ...), an
optional *sanitizer*, and a *sink* (the dangerous call, or its safe API twin). Hand-written modules
(casegen/handwritten.py) are mixed in. The output is deterministic: case numbers come from a seeded
shuffle, so numbers say nothing about verdicts.

Run from anywhere: `python tests/detection/python/generate_cases.py` (it rewrites cases/ and
expected.csv, then formats them with ruff when ruff is importable).
"""

from __future__ import annotations

import base64
import csv
import marshal
import pickle
import random
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from casegen.api_cases import api_categories  # noqa: E402
from casegen.handwritten import HANDWRITTEN  # noqa: E402

SEED = 15

# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """A piece of a case: function-body code, module-level code and the imports both need.

    Placeholders: __IN__/__OUT__ (a flow's input and output variable), __V__ (a sink's or
    sanitizer's input), __CONST__ (the category's module constant), __REJECT__ (the framework's
    way to refuse the request).
    """

    key: str
    body: str = ""
    imports: tuple[str, ...] = ()
    preamble: str = ""
    tags: tuple[str, ...] = ()
    tainted: bool = True  # flows: does the output still carry the input?
    frameworks: tuple[str, ...] = ("flask", "django", "fastapi")
    result: str | None = None  # sinks: expression the handler returns as JSON
    returns: bool = False  # sinks whose body already returns the response
    needs: tuple[str, ...] = ()  # fastapi handler parameters the sink needs: request, response
    const: str | None = None  # sinks: a harmless value of the right kind (overrides the category's)
    helper: str | None = None  # sanitizers: benchlib.inputs function doing the same
    sinks: tuple[str, ...] = ()  # sanitizers: the sink keys they suit (empty: all)


@dataclass(frozen=True)
class Source:
    key: str
    framework: str
    tags: tuple[str, ...]
    read: str = ""  # body line(s) setting the variable, {n} = name, {f} = field
    params: tuple[str, ...] = ()
    imports: tuple[str, ...] = ()
    preamble: str = ""
    method: str = "GET"
    path_param: bool = False


FRAMEWORK_IMPORTS = {
    "flask": ("from flask import Flask",),
    "django": (),
    "fastapi": ("from fastapi import FastAPI",),
}
RESPOND_IMPORTS = {
    "flask": ("from flask import jsonify",),
    "django": ("from django.http import JsonResponse",),
    "fastapi": (),
}
FRAMEWORK_PREAMBLE = {"flask": "app = Flask(__name__)", "django": "", "fastapi": "app = FastAPI()"}
REJECT = {
    "flask": ("abort(400)", ("from flask import abort",)),
    "django": (
        'return HttpResponseBadRequest("invalid value")',
        ("from django.http import HttpResponseBadRequest",),
    ),
    "fastapi": (
        'raise HTTPException(status_code=400, detail="invalid value")',
        ("from fastapi import HTTPException",),
    ),
}


def respond(framework: str, expr: str) -> str:
    if framework == "flask":
        return f"return jsonify(result={expr})"
    if framework == "django":
        return f'return JsonResponse({{"result": {expr}}})'
    return f'return {{"result": {expr}}}'


def sources() -> list[Source]:
    flask_req = ("from flask import request",)
    return [
        Source(
            "flask-args",
            "flask",
            ("framework-object",),
            '{n} = request.args.get("{f}", "")',
            imports=flask_req,
        ),
        Source(
            "flask-form",
            "flask",
            ("framework-object",),
            '{n} = request.form["{f}"]',
            imports=flask_req,
            method="POST",
        ),
        Source(
            "flask-values",
            "flask",
            ("framework-object",),
            '{n} = request.values.get("{f}", "")',
            imports=flask_req,
        ),
        Source(
            "flask-json",
            "flask",
            ("json-body",),
            'payload = request.get_json(force=True)\n{n} = payload["{f}"]',
            imports=flask_req,
            method="POST",
        ),
        Source(
            "flask-header",
            "flask",
            ("header",),
            '{n} = request.headers.get("X-{F}", "")',
            imports=flask_req,
        ),
        Source(
            "flask-cookie",
            "flask",
            ("cookie",),
            '{n} = request.cookies.get("{f}", "")',
            imports=flask_req,
        ),
        Source("flask-path", "flask", ("path-param",), params=("{n}",), path_param=True),
        Source(
            "flask-data",
            "flask",
            ("framework-object",),
            "{n} = request.get_data(as_text=True)",
            imports=flask_req,
            method="POST",
        ),
        Source(
            "flask-helper",
            "flask",
            ("framework-object", "helper-other-module"),
            '{n} = requestdata.query_value("{f}")',
            imports=("from benchlib import requestdata",),
        ),
        Source(
            "django-get",
            "django",
            ("framework-object",),
            '{n} = request.GET.get("{f}", "")',
            params=("request",),
        ),
        Source(
            "django-post",
            "django",
            ("framework-object",),
            '{n} = request.POST["{f}"]',
            params=("request",),
            method="POST",
        ),
        Source(
            "django-meta",
            "django",
            ("header",),
            '{n} = request.META.get("HTTP_X_{U}", "")',
            params=("request",),
        ),
        Source(
            "django-headers",
            "django",
            ("header",),
            '{n} = request.headers.get("X-{F}", "")',
            params=("request",),
        ),
        Source(
            "django-cookies",
            "django",
            ("cookie",),
            '{n} = request.COOKIES.get("{f}", "")',
            params=("request",),
        ),
        Source(
            "django-body",
            "django",
            ("json-body",),
            '{n} = json.loads(request.body)["{f}"]',
            params=("request",),
            imports=("import json",),
            method="POST",
        ),
        Source(
            "django-path", "django", ("path-param",), params=("request", "{n}"), path_param=True
        ),
        Source(
            "fastapi-query",
            "fastapi",
            ("framework-object",),
            params=('{n}: str = Query("")',),
            imports=("from fastapi import Query",),
        ),
        Source(
            "fastapi-header",
            "fastapi",
            ("header",),
            params=('{n}: str = Header("")',),
            imports=("from fastapi import Header",),
        ),
        Source(
            "fastapi-cookie",
            "fastapi",
            ("cookie",),
            params=('{n}: str = Cookie("")',),
            imports=("from fastapi import Cookie",),
        ),
        Source("fastapi-path", "fastapi", ("path-param",), params=("{n}: str",), path_param=True),
        Source(
            "fastapi-body",
            "fastapi",
            ("json-body",),
            "{n} = body.{f}",
            params=("body: {M}",),
            imports=("from pydantic import BaseModel",),
            preamble="class {M}(BaseModel):\n    {f}: str",
            method="POST",
        ),
        Source(
            "fastapi-request",
            "fastapi",
            ("framework-object",),
            '{n} = request.query_params.get("{f}", "")',
            params=("request: Request",),
            imports=("from fastapi import Request",),
        ),
        Source(
            "fastapi-form",
            "fastapi",
            ("framework-object",),
            params=('{n}: str = Form("")',),
            imports=("from fastapi import Form",),
            method="POST",
        ),
    ]


# Flows: __IN__ -> __OUT__.  Tainted flows keep the input in the output; clean ones do not.
def flows() -> tuple[list[Part], list[Part]]:
    tainted = [
        Part("direct", "", tags=("direct",)),
        Part("slicing", "__OUT__ = __IN__.strip()[:200]", tags=("slicing",)),
        Part("join", '__OUT__ = " ".join(__IN__.split())', tags=("join",)),
        Part(
            "list-pop",
            "pending = []\npending.append(__IN__)\n__OUT__ = pending.pop()",
            tags=("collection-list",),
        ),
        Part(
            "list-index",
            'candidates = [__CONST__, "placeholder", __IN__]\ncandidates.pop(1)\n'
            "__OUT__ = candidates[1]",
            tags=("collection-list",),
        ),
        Part(
            "map-get",
            'options = {"mode": "basic"}\noptions["target"] = __IN__\n'
            '__OUT__ = options.get("target", __CONST__)',
            tags=("collection-map",),
        ),
        Part(
            "configparser",
            "settings = configparser.ConfigParser(interpolation=None)\n"
            'settings["lookup"] = {"fallback": __CONST__}\n'
            'settings.set("lookup", "requested", __IN__)\n'
            '__OUT__ = settings.get("lookup", "requested")',
            imports=("import configparser",),
            tags=("config-object",),
        ),
        Part(
            "settings-wrapper",
            'conf = RuntimeSettings(fallback=__CONST__)\nconf.put("requested", __IN__)\n'
            '__OUT__ = conf.value("requested")',
            imports=("from benchlib.settings import RuntimeSettings",),
            tags=("config-object", "helper-other-module"),
        ),
        Part(
            "field",
            "__OUT__ = LookupRequest(__IN__).term",
            preamble="class LookupRequest:\n    def __init__(self, term: str) -> None:\n"
            '        self.term = term\n        self.origin = "web"',
            tags=("field",),
        ),
        Part(
            "dataclass-field",
            "criteria = Criteria(value=__IN__)\n__OUT__ = criteria.value",
            imports=("from dataclasses import dataclass",),
            preamble="@dataclass\nclass Criteria:\n    value: str\n    scope: str = __CONST__",
            tags=("field",),
        ),
        Part(
            "helper-same",
            "__OUT__ = tidy(__IN__)",
            preamble='def tidy(text: str) -> str:\n    return text.strip().replace("\\x00", "")',
            tags=("helper-same-file",),
        ),
        Part(
            "helper-other",
            "__OUT__ = textutil.normalize_spaces(__IN__)",
            imports=("from benchlib import textutil",),
            tags=("helper-other-module",),
        ),
        Part(
            "helper-other-imported",
            "__OUT__ = truncate(__IN__, 128)",
            imports=("from benchlib.textutil import truncate",),
            tags=("helper-other-module", "imported-name"),
        ),
        Part(
            "builder",
            "buffer = io.StringIO()\nbuffer.write(__IN__)\n__OUT__ = buffer.getvalue()",
            imports=("import io",),
            tags=("builder",),
        ),
        Part(
            "branch-else",
            "num = 86\nif (7 * 18) - num > 200:\n    __OUT__ = __CONST__\nelse:\n    __OUT__ = __IN__",
            tags=("constant-branch",),
        ),
        Part(
            "branch-then",
            "if 3 * 5 > 4:\n    __OUT__ = __IN__\nelse:\n    __OUT__ = __CONST__",
            tags=("constant-branch",),
        ),
        Part(
            "match-default",
            'mode = "ABC"[2]\nmatch mode:\n    case "A":\n        __OUT__ = __CONST__\n'
            '    case "B":\n        __OUT__ = __CONST__\n    case _:\n        __OUT__ = __IN__',
            tags=("constant-branch",),
        ),
        Part("format-assign", '__OUT__ = "{}".format(__IN__).strip()', tags=("string-format",)),
    ]
    clean = [
        Part(
            "branch-const",
            "num = 86\nif (7 * 42) - num > 200:\n    __OUT__ = __CONST__\nelse:\n    __OUT__ = __IN__",
            tags=("constant-branch",),
            tainted=False,
        ),
        Part(
            "branch-never",
            "if 7 * 3 < 2:\n    __OUT__ = __IN__\nelse:\n    __OUT__ = __CONST__",
            tags=("constant-branch",),
            tainted=False,
        ),
        Part(
            "match-const",
            'mode = "ABC"[1]\nmatch mode:\n    case "A":\n        __OUT__ = __IN__\n'
            '    case "B":\n        __OUT__ = __CONST__\n    case _:\n        __OUT__ = __IN__',
            tags=("constant-branch",),
            tainted=False,
        ),
        Part(
            "overwrite",
            "__OUT__ = __IN__.strip()\n__OUT__ = __CONST__",
            tags=("constant-overwrite",),
            tainted=False,
        ),
        Part(
            "unrelated",
            'RECENT_LOOKUPS.append("requested:" + __IN__)\n__OUT__ = __CONST__',
            preamble="RECENT_LOOKUPS: list[str] = []",
            tags=("unrelated-variable",),
            tainted=False,
        ),
        Part(
            "list-other",
            'candidates = ["placeholder", __IN__, __CONST__]\ncandidates.pop(0)\n'
            "__OUT__ = candidates[1]",
            tags=("collection-list",),
            tainted=False,
        ),
        Part(
            "map-other",
            'options = {"fallback": __CONST__}\noptions["target"] = __IN__\n'
            '__OUT__ = options["fallback"]',
            tags=("collection-map",),
            tainted=False,
        ),
        Part(
            "configparser-other",
            "settings = configparser.ConfigParser(interpolation=None)\n"
            'settings["lookup"] = {"fallback": __CONST__}\n'
            'settings.set("lookup", "requested", __IN__)\n'
            '__OUT__ = settings.get("lookup", "fallback")',
            imports=("import configparser",),
            tags=("config-object",),
            tainted=False,
        ),
        Part(
            "field-other",
            "__OUT__ = LookupRequest(__IN__).origin",
            preamble="class LookupRequest:\n    def __init__(self, term: str) -> None:\n"
            "        self.term = term\n        self.origin = __CONST__",
            tags=("field",),
            tainted=False,
        ),
        Part(
            "settings-wrapper-other",
            'conf = RuntimeSettings(fallback=__CONST__)\nconf.put("requested", __IN__)\n'
            '__OUT__ = conf.value("fallback")',
            imports=("from benchlib.settings import RuntimeSettings",),
            tags=("config-object", "helper-other-module"),
            tainted=False,
        ),
    ]
    return tainted, clean


def expr_sanitizer(
    key: str, expr: str, tags: Sequence[str], imports: Sequence[str] = (), helper: str | None = None
) -> Part:
    """A sanitizer written as one expression over __V__ (placed inline or in a helper)."""
    return Part(key, expr, tuple(imports), tags=tuple(tags), helper=helper)


def guard(
    key: str, body: str, tags: Sequence[str], imports: Sequence[str] = (), preamble: str = ""
) -> Part:
    """A sanitizer that refuses the request unless __V__ passes a check."""
    return Part(key, body, tuple(imports), preamble, tuple(tags), helper="guard")


INT_CAST = expr_sanitizer(
    "int-cast", "str(int(__V__))", ["sanitizer-int-cast"], helper="as_int_text"
)


def allowlist(values: Sequence[str], name: str = "ALLOWED_VALUES") -> Part:
    return guard(
        "allowlist",
        f"if __V__ not in {name}:\n    __REJECT__",
        ["sanitizer-allowlist"],
        preamble=f"{name} = {{{', '.join(map(repr, values))}}}",
    )


@dataclass
class Category:
    key: str
    nouns: list[str]
    handlers: list[str]
    const_name: str
    const: str
    vuln: list[Part]
    safe: list[Part]
    sanitizers: list[Part]
    extra_true: list[Part] = field(default_factory=list)  # whole-flow true variants (rare)
    skip_sources: tuple[str, ...] = ()  # source tags that make no sense for the category
    path_converter: bool = False  # path params may hold slashes (Flask <path:x>, {x:path})


# --------------------------------------------------------------------------------------------
# Data-flow categories
# --------------------------------------------------------------------------------------------


def sqli() -> Category:
    db = ("import sqlite3",)
    dbp = 'DB_PATH = "instance/app.db"'
    sqla = ("import os", "from sqlalchemy import create_engine", "from sqlalchemy import text")
    eng = 'engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))'
    pg = ("import os", "import psycopg2")
    return Category(
        "sqli",
        ["username", "sku", "slug", "email", "reference", "sort"],
        [
            "search_users",
            "product_lookup",
            "article_by_slug",
            "find_account",
            "order_status",
            "list_customers",
            "customer_report",
        ],
        "DEFAULT_USER",
        "guest",
        vuln=[
            Part(
                "sqlite-concat",
                "conn = sqlite3.connect(DB_PATH)\nrows = conn.execute(\n"
                '    "SELECT id, email FROM users WHERE username = \'" + __V__ + "\'"\n'
                ").fetchall()\nconn.close()",
                db,
                dbp,
                ("string-concat",),
                result="len(rows)",
            ),
            Part(
                "sqlite-percent",
                "with sqlite3.connect(DB_PATH) as conn:\n    cursor = conn.cursor()\n"
                "    cursor.execute(\"SELECT sku, price FROM products WHERE sku = '%s'\" % __V__)\n"
                "    rows = cursor.fetchall()",
                db,
                dbp,
                ("string-format",),
                result="rows",
            ),
            Part(
                "psycopg2-fstring",
                'conn = psycopg2.connect(os.environ["DATABASE_URL"])\n'
                "with conn, conn.cursor() as cur:\n"
                "    cur.execute(f\"SELECT id, state FROM orders WHERE reference = '{__V__}'\")\n"
                "    rows = cur.fetchall()",
                pg,
                tags=("fstring",),
                result="rows",
            ),
            Part(
                "sqlalchemy-format",
                "with engine.connect() as conn:\n    rows = conn.execute(\n"
                "        text(\"SELECT id, title FROM articles WHERE slug = '{}'\".format(__V__))\n"
                "    ).all()",
                sqla,
                eng,
                ("string-format",),
                result="[tuple(r) for r in rows]",
            ),
            Part(
                "sqlite-executescript",
                "conn = database.get_connection()\nconn.executescript(\n"
                '    "UPDATE sessions SET revoked = 1 WHERE owner = \'" + __V__ + "\';"\n)\n'
                "conn.commit()",
                ("from benchlib import database",),
                tags=("string-concat",),
                result='"ok"',
            ),
            Part(
                "django-cursor",
                "with connection.cursor() as cursor:\n"
                '    cursor.execute("SELECT id, name FROM shop_customer ORDER BY " + __V__)\n'
                "    rows = cursor.fetchall()",
                ("from django.db import connection",),
                tags=("string-concat",),
                frameworks=("django",),
                result="rows",
            ),
            Part(
                "django-raw",
                "customers = Customer.objects.raw(\n"
                "    \"SELECT * FROM shop_customer WHERE email = '%s'\" % __V__\n)\n"
                "names = [c.name for c in customers]",
                ("from shop.models import Customer",),
                tags=("string-format",),
                frameworks=("django",),
                result="names",
            ),
            Part(
                "sqlalchemy-session-fstring",
                "with Session(engine) as session:\n"
                "    session.execute(text(f\"DELETE FROM carts WHERE token = '{__V__}'\"))\n"
                "    session.commit()",
                (*sqla, "from sqlalchemy.orm import Session"),
                eng,
                ("fstring",),
                result='"deleted"',
            ),
        ],
        safe=[
            Part(
                "sqlite-param",
                "conn = sqlite3.connect(DB_PATH)\nrows = conn.execute(\n"
                '    "SELECT id, email FROM users WHERE username = ?", (__V__,)\n'
                ").fetchall()\nconn.close()",
                db,
                dbp,
                ("sanitizer-parameterized",),
                result="len(rows)",
            ),
            Part(
                "psycopg2-param",
                'conn = psycopg2.connect(os.environ["DATABASE_URL"])\n'
                "with conn, conn.cursor() as cur:\n"
                '    cur.execute("SELECT id, state FROM orders WHERE reference = %s", (__V__,))\n'
                "    rows = cur.fetchall()",
                pg,
                tags=("sanitizer-parameterized",),
                result="rows",
            ),
            Part(
                "sqlalchemy-bind",
                "with engine.connect() as conn:\n    rows = conn.execute(\n"
                '        text("SELECT id, title FROM articles WHERE slug = :slug"), {"slug": __V__}\n'
                "    ).all()",
                sqla,
                eng,
                ("sanitizer-parameterized",),
                result="[tuple(r) for r in rows]",
            ),
            Part(
                "fstring-constant-param",
                "with sqlite3.connect(DB_PATH) as conn:\n"
                '    rows = conn.execute(f"SELECT {COLUMNS} FROM {TABLE} WHERE sku = ?", (__V__,))\n'
                "    found = rows.fetchall()",
                db,
                dbp + '\nTABLE = "products"\nCOLUMNS = "sku, price, stock"',
                ("fstring", "sanitizer-parameterized"),
                result="found",
            ),
            Part(
                "django-cursor-param",
                "with connection.cursor() as cursor:\n"
                '    cursor.execute("SELECT id, name FROM shop_customer WHERE name = %s", [__V__])\n'
                "    rows = cursor.fetchall()",
                ("from django.db import connection",),
                tags=("sanitizer-parameterized",),
                frameworks=("django",),
                result="rows",
            ),
            Part(
                "django-orm",
                "count = Customer.objects.filter(email=__V__).count()",
                ("from shop.models import Customer",),
                tags=("safe-api",),
                frameworks=("django",),
                result="count",
            ),
            Part(
                "sqlite-named",
                "conn = database.get_connection()\ncur = conn.execute(\n"
                '    "UPDATE sessions SET revoked = 1 WHERE owner = :owner", {"owner": __V__}\n)\n'
                "conn.commit()",
                ("from benchlib import database",),
                tags=("sanitizer-parameterized",),
                result="cur.rowcount",
            ),
        ],
        sanitizers=[INT_CAST, allowlist(["name", "email", "created_at", "guest"])],
    )


def cmdi() -> Category:
    return Category(
        "cmdi",
        ["host", "archive", "domain", "target", "branch"],
        [
            "ping_host",
            "list_archive",
            "dns_lookup",
            "whois_lookup",
            "run_diagnostics",
            "checkout_branch",
            "trace_route",
        ],
        "DEFAULT_HOST",
        "localhost",
        vuln=[
            Part(
                "os-system",
                'status = os.system("ping -c 1 " + __V__)',
                ("import os",),
                tags=("string-concat",),
                result="status",
            ),
            Part(
                "run-shell-fstring",
                'completed = subprocess.run(f"nslookup {__V__}", shell=True, capture_output=True, text=True)',
                ("import subprocess",),
                tags=("fstring",),
                result="completed.stdout",
            ),
            Part(
                "check-output-percent",
                'output = subprocess.check_output("dig +short %s" % __V__, shell=True)',
                ("import subprocess",),
                tags=("string-format",),
                result="output.decode()",
            ),
            Part(
                "os-popen",
                'output = os.popen("whois " + __V__).read()',
                ("import os",),
                tags=("string-concat",),
                result="output",
            ),
            Part(
                "popen-sh-c",
                'proc = subprocess.Popen(["sh", "-c", "tar -tzf " + __V__], stdout=subprocess.PIPE)\n'
                "listing, _ = proc.communicate()",
                ("import subprocess",),
                tags=("string-concat",),
                result="listing.decode()",
            ),
            Part(
                "alias-call",
                'rc = sp.call("git checkout {}".format(__V__), shell=True)',
                ("import subprocess as sp",),
                tags=("string-format", "alias"),
                result="rc",
            ),
            Part(
                "imported-system",
                'rc = system("traceroute -m 8 " + __V__)',
                ("from os import system",),
                tags=("string-concat", "imported-name"),
                result="rc",
            ),
            Part(
                "getoutput",
                'text = subprocess.getoutput("host " + __V__)',
                ("import subprocess",),
                tags=("string-concat",),
                result="text",
            ),
        ],
        safe=[
            Part(
                "run-argv",
                'completed = subprocess.run(["ping", "-c", "1", "--", __V__], capture_output=True, text=True)',
                ("import subprocess",),
                tags=("safe-api",),
                result="completed.returncode",
            ),
            Part(
                "check-output-argv",
                'output = subprocess.check_output(["dig", "+short", __V__], shell=False)',
                ("import subprocess",),
                tags=("safe-api",),
                result="output.decode()",
            ),
            Part(
                "shlex-quote",
                'status = os.system("ping -c 1 " + shlex.quote(__V__))',
                ("import os", "import shlex"),
                tags=("sanitizer-escape", "string-concat"),
                result="status",
            ),
            Part(
                "popen-argv",
                'proc = subprocess.Popen(["tar", "-tzf", __V__], stdout=subprocess.PIPE)\n'
                "listing, _ = proc.communicate()",
                ("import subprocess",),
                tags=("safe-api",),
                result="listing.decode()",
            ),
            Part(
                "shlex-join",
                'output = subprocess.getoutput(shlex.join(["host", __V__]))',
                ("import shlex", "import subprocess"),
                tags=("sanitizer-escape", "join"),
                result="output",
            ),
        ],
        sanitizers=[
            expr_sanitizer(
                "shlex",
                "shlex.quote(__V__)",
                ["sanitizer-escape"],
                ["import shlex"],
                helper="quote_shell",
            ),
            INT_CAST,
            allowlist(["localhost", "db.internal", "cache.internal"], "KNOWN_HOSTS"),
            guard(
                "ipaddress",
                "__V__ = str(ipaddress.ip_address(__V__))",
                ["sanitizer-validate"],
                ["import ipaddress"],
            ),
        ],
    )


def ldapi() -> Category:
    l3 = ("from ldap3 import Connection", "from ldap3 import Server")
    l3pre = 'LDAP_URL = "ldap://ldap.corp.example.com"\nBASE_DN = "ou=people,dc=example,dc=com"'
    pl = ("import ldap",)
    plpre = 'BASE_DN = "ou=people,dc=example,dc=com"'
    return Category(
        "ldapi",
        ["uid", "mail", "group", "login", "member"],
        [
            "find_person",
            "lookup_mail",
            "group_members",
            "directory_search",
            "user_profile",
            "resolve_login",
        ],
        "DEFAULT_UID",
        "jdoe",
        vuln=[
            Part(
                "ldap3-concat",
                "conn = Connection(Server(LDAP_URL), auto_bind=True)\n"
                'conn.search(BASE_DN, "(uid=" + __V__ + ")", attributes=["cn", "mail"])',
                l3,
                l3pre,
                ("string-concat",),
                result="[str(e.cn) for e in conn.entries]",
            ),
            Part(
                "ldap3-format",
                "conn = Connection(Server(LDAP_URL), auto_bind=True)\n"
                'search_filter = "(&(objectClass=person)(mail={}))".format(__V__)\n'
                'conn.search(BASE_DN, search_filter, attributes=["uid"])',
                l3,
                l3pre,
                ("string-format",),
                result="len(conn.entries)",
            ),
            Part(
                "python-ldap-fstring",
                'client = ldap.initialize("ldap://ldap.corp.example.com")\n'
                'entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(memberOf=cn={__V__},ou=groups,dc=example,dc=com)")',
                pl,
                plpre,
                ("fstring",),
                result="[dn for dn, _ in entries]",
            ),
            Part(
                "ldap3-helper-connection",
                "conn = directory.connect()\n"
                'conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % __V__, attributes=["cn"])',
                ("from benchlib import directory",),
                tags=("string-format", "helper-other-module"),
                result="len(conn.entries)",
            ),
            Part(
                "python-ldap-search-ext",
                'client = ldap.initialize("ldap://ldap.corp.example.com")\n'
                'msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + __V__ + ")")\n'
                "_, entries = client.result(msgid)",
                pl,
                plpre,
                ("string-concat",),
                result="len(entries)",
            ),
            Part(
                "ldap3-paged",
                "conn = Connection(Server(LDAP_URL), auto_bind=True)\n"
                "results = conn.extend.standard.paged_search(\n"
                '    BASE_DN, f"(|(uid={__V__})(mail={__V__}))", attributes=["cn"], generator=False\n)',
                l3,
                l3pre,
                ("fstring",),
                result="len(results)",
            ),
        ],
        safe=[
            Part(
                "ldap3-escaped",
                "conn = Connection(Server(LDAP_URL), auto_bind=True)\n"
                'conn.search(BASE_DN, "(uid=" + escape_filter_chars(__V__) + ")", attributes=["cn"])',
                (*l3, "from ldap3.utils.conv import escape_filter_chars"),
                l3pre,
                ("sanitizer-escape", "string-concat"),
                result="len(conn.entries)",
            ),
            Part(
                "python-ldap-filter-format",
                'client = ldap.initialize("ldap://ldap.corp.example.com")\n'
                'query = ldap.filter.filter_format("(mail=%s)", [__V__])\n'
                "entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query)",
                (*pl, "import ldap.filter"),
                plpre,
                ("safe-api",),
                result="len(entries)",
            ),
            Part(
                "python-ldap-escape",
                'client = ldap.initialize("ldap://ldap.corp.example.com")\n'
                "escaped = escape_filter_chars(__V__)\n"
                'entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(cn={escaped})")',
                (*pl, "from ldap.filter import escape_filter_chars"),
                plpre,
                ("sanitizer-escape", "fstring"),
                result="len(entries)",
            ),
        ],
        sanitizers=[
            expr_sanitizer(
                "ldap3-escape",
                "escape_filter_chars(__V__)",
                ["sanitizer-escape"],
                ["from ldap3.utils.conv import escape_filter_chars"],
                helper="escape_ldap",
            ),
            allowlist(["jdoe", "asmith", "operators", "admins"], "KNOWN_ENTRIES"),
            guard("alnum", "if not __V__.isalnum():\n    __REJECT__", ["sanitizer-validate"]),
        ],
    )


def xpathi() -> Category:
    lx = ("from lxml import etree",)
    pre = 'USERS = etree.parse("data/users.xml")'
    return Category(
        "xpathi",
        ["username", "title", "account", "isbn", "role"],
        ["user_details", "book_search", "account_balance", "catalog_entry", "role_members"],
        "DEFAULT_USER",
        "jdoe",
        vuln=[
            Part(
                "xpath-concat",
                'nodes = USERS.xpath("//user[@name=\'" + __V__ + "\']/email/text()")',
                lx,
                pre,
                ("string-concat",),
                result="[str(n) for n in nodes]",
            ),
            Part(
                "xpath-compiled-fstring",
                "find_books = etree.XPath(f\"//book[title='{__V__}']/price/text()\")\n"
                "prices = find_books(USERS)",
                lx,
                pre,
                ("fstring",),
                result="[str(p) for p in prices]",
            ),
            Part(
                "xpath-percent",
                "root = USERS.getroot()\n"
                "balance = root.xpath(\"//account[@id='%s']/balance/text()\" % __V__)",
                lx,
                pre,
                ("string-format",),
                result="[str(b) for b in balance]",
            ),
            Part(
                "etree-findall",
                'tree = ElementTree.parse("data/catalog.xml")\n'
                "matches = tree.getroot().findall(\".//entry[@isbn='{}']\".format(__V__))",
                ("from xml.etree import ElementTree",),
                tags=("string-format",),
                result="[m.get('title') for m in matches]",
            ),
            Part(
                "evaluator",
                "evaluate = etree.XPathEvaluator(USERS)\n"
                'members = evaluate("//user[role=\'" + __V__ + "\']/@name")',
                lx,
                pre,
                ("string-concat",),
                result="[str(m) for m in members]",
            ),
            Part(
                "fromstring-xpath",
                'with open("data/accounts.xml", "rb") as handle:\n'
                "    doc = etree.fromstring(handle.read())\n"
                "owner = doc.xpath(f\"string(//account[owner='{__V__}']/@id)\")",
                lx,
                tags=("fstring",),
                result="str(owner)",
            ),
        ],
        safe=[
            Part(
                "xpath-variable",
                'nodes = USERS.xpath("//user[@name=$name]/email/text()", name=__V__)',
                lx,
                pre,
                ("sanitizer-parameterized",),
                result="[str(n) for n in nodes]",
            ),
            Part(
                "compiled-variable",
                'find_books = etree.XPath("//book[title=$title]/price/text()")\n'
                "prices = find_books(USERS, title=__V__)",
                lx,
                pre,
                ("sanitizer-parameterized",),
                result="[str(p) for p in prices]",
            ),
            Part(
                "evaluator-variable",
                "evaluate = etree.XPathEvaluator(USERS)\n"
                'members = evaluate("//user[role=$role]/@name", role=__V__)',
                lx,
                pre,
                ("sanitizer-parameterized",),
                result="[str(m) for m in members]",
            ),
            Part(
                "python-filter",
                'names = [u.get("name") for u in USERS.iter("user") if u.get("name") == __V__]',
                lx,
                pre,
                ("safe-api",),
                result="names",
            ),
        ],
        sanitizers=[
            INT_CAST,
            allowlist(["jdoe", "asmith", "editor", "viewer"], "KNOWN_NAMES"),
            guard(
                "quote-check",
                "if \"'\" in __V__ or '\"' in __V__:\n    __REJECT__",
                ["sanitizer-validate"],
            ),
        ],
    )


def codeinj() -> Category:
    return Category(
        "codeinj",
        ["expression", "formula", "rule", "snippet", "amount"],
        ["calculate", "evaluate_formula", "apply_rule", "run_snippet", "convert_amount"],
        "DEFAULT_EXPRESSION",
        "2 + 3",
        vuln=[
            Part("eval-direct", "value = eval(__V__)", tags=("direct",), result="str(value)"),
            Part(
                "eval-concat",
                'total = eval("100 * " + __V__)',
                tags=("string-concat",),
                result="str(total)",
            ),
            Part(
                "exec-fstring",
                'namespace = {}\nexec(f"result = {__V__}", {"__builtins__": {}}, namespace)',
                tags=("fstring",),
                result='str(namespace.get("result"))',
            ),
            Part(
                "compile-eval",
                'code = compile(__V__, "<formula>", "eval")\nvalue = eval(code, {"math": math})',
                ("import math",),
                result="str(value)",
            ),
            Part(
                "builtins-eval",
                "value = builtins.eval(__V__)",
                ("import builtins",),
                tags=("fqn-name",),
                result="str(value)",
            ),
            Part(
                "exec-format",
                'scope = {"price": 10.0}\nexec("discounted = price * {}".format(__V__), scope)',
                tags=("string-format",),
                result='scope["discounted"]',
            ),
            Part(
                "compile-exec",
                'env = {}\nexec(compile("def rule(x):\\n    return " + __V__, "<rule>", "exec"), env)\n'
                'value = env["rule"](3)',
                tags=("string-concat",),
                result="str(value)",
            ),
        ],
        safe=[
            Part(
                "literal-eval",
                "value = ast.literal_eval(__V__)",
                ("import ast",),
                tags=("safe-api",),
                result="str(value)",
            ),
            Part(
                "json-loads",
                "value = json.loads(__V__)",
                ("import json",),
                tags=("safe-api",),
                result="value",
            ),
            Part(
                "operator-table",
                'left, op, right = __V__.split(" ", 2)\n'
                "value = OPERATIONS[op](float(left), float(right))",
                ("import operator",),
                'OPERATIONS = {"+": operator.add, "-": operator.sub, "*": operator.mul}',
                ("safe-api",),
                result="value",
            ),
            Part(
                "float-cast",
                'total = eval("100 * " + repr(float(__V__)))',
                tags=("sanitizer-int-cast", "string-concat"),
                result="str(total)",
            ),
        ],
        sanitizers=[
            INT_CAST,
            allowlist(["2 + 3", "10 / 4", "sqrt(16)", "2 ** 8"], "KNOWN_FORMULAS"),
            guard(
                "regex-digits",
                'if not re.fullmatch(r"[0-9 +*/().-]{1,40}", __V__):\n    __REJECT__',
                ["sanitizer-validate"],
                ["import re"],
            ),
        ],
    )


def ssti() -> Category:
    j2 = ("from jinja2 import Template",)
    return Category(
        "ssti",
        ["name", "greeting", "title", "signature", "motd"],
        ["welcome_page", "preview_email", "render_title", "signature_preview", "banner"],
        "DEFAULT_GREETING",
        "Welcome back",
        vuln=[
            Part(
                "jinja-template-concat",
                'html = Template("<h1>Hello " + __V__ + "!</h1>").render()',
                j2,
                tags=("string-concat",),
                result="html",
            ),
            Part(
                "jinja-env-fstring",
                'env = Environment(autoescape=True)\nhtml = env.from_string(f"<p>{__V__}</p>").render(user="guest")',
                ("from jinja2 import Environment",),
                tags=("fstring",),
                result="html",
            ),
            Part(
                "render-template-string",
                'html = render_template_string("<div class=\\"motd\\">%s</div>" % __V__)',
                ("from flask import render_template_string",),
                tags=("string-format",),
                frameworks=("flask",),
                result="html",
            ),
            Part(
                "mako",
                'html = MakoTemplate("<span>" + __V__ + "</span>").render()',
                ("from mako.template import Template as MakoTemplate",),
                tags=("string-concat", "alias"),
                result="html",
            ),
            Part(
                "django-engine",
                'template = engines["django"].from_string("<p>{}</p>".format(__V__))\n'
                "html = template.render({})",
                ("from django.template import engines",),
                tags=("string-format",),
                frameworks=("django",),
                result="html",
            ),
            Part(
                "jinja-direct",
                'html = jinja2.Template(__V__).render(site="shop")',
                ("import jinja2",),
                tags=("direct", "fqn-name"),
                result="html",
            ),
            Part(
                "django-template-class",
                'html = DjangoTemplate("Dear " + __V__ + ",").render(Context({}))',
                (
                    "from django.template import Context",
                    "from django.template import Template as DjangoTemplate",
                ),
                tags=("string-concat", "alias"),
                frameworks=("django",),
                result="html",
            ),
        ],
        safe=[
            Part(
                "jinja-context",
                'html = Template("<h1>Hello {{ name }}!</h1>").render(name=__V__)',
                j2,
                tags=("safe-api",),
                result="html",
            ),
            Part(
                "render-template-string-context",
                'html = render_template_string("<div class=\\"motd\\">{{ motd }}</div>", motd=__V__)',
                ("from flask import render_template_string",),
                tags=("safe-api",),
                frameworks=("flask",),
                result="html",
            ),
            Part(
                "env-get-template",
                'env = Environment(loader=FileSystemLoader("templates"), autoescape=True)\n'
                'html = env.get_template("greeting.html").render(title=__V__)',
                ("from jinja2 import Environment", "from jinja2 import FileSystemLoader"),
                tags=("safe-api",),
                result="html",
            ),
            Part(
                "mako-context",
                'html = MakoTemplate("<span>${signature | h}</span>").render(signature=__V__)',
                ("from mako.template import Template as MakoTemplate",),
                tags=("safe-api", "alias"),
                result="html",
            ),
            Part(
                "template-table",
                'html = Template(GREETINGS.get(__V__, GREETINGS["default"])).render(user="guest")',
                j2,
                'GREETINGS = {"default": "Hello {{ user }}", "formal": "Dear {{ user }}"}',
                ("sanitizer-allowlist", "collection-map"),
                result="html",
            ),
        ],
        sanitizers=[
            allowlist(["Welcome back", "Hello", "Good morning"], "KNOWN_GREETINGS"),
            INT_CAST,
        ],
        extra_true=[
            Part(
                "escape-not-enough",
                'html = Template("<h1>" + escape(__V__) + "</h1>").render()',
                (*j2, "from markupsafe import escape"),
                tags=("sanitizer-escape", "string-concat"),
                result="html",
            ),
        ],
    )


def pathtraver() -> Category:
    base = 'BASE_DIR = "/srv/app/uploads"'
    return Category(
        "pathtraver",
        ["filename", "doc", "report", "attachment", "image"],
        [
            "download",
            "read_document",
            "export_report",
            "get_attachment",
            "thumbnail",
            "delete_upload",
        ],
        "DEFAULT_FILE",
        "readme.txt",
        vuln=[
            Part(
                "open-join",
                "with open(os.path.join(BASE_DIR, __V__)) as handle:\n    content = handle.read()",
                ("import os",),
                base,
                ("direct",),
                result="content",
            ),
            Part(
                "codecs-open",
                'with codecs.open(BASE_DIR + "/" + __V__, encoding="utf-8") as handle:\n'
                "    content = handle.read()",
                ("import codecs",),
                base,
                ("string-concat",),
                result="content",
            ),
            Part(
                "io-open-fstring",
                'with io.open(f"{BASE_DIR}/{__V__}", "rb") as handle:\n    size = len(handle.read())',
                ("import io",),
                base,
                ("fstring",),
                result="size",
            ),
            Part(
                "exists",
                "present = os.path.exists(os.path.join(BASE_DIR, __V__))",
                ("import os",),
                base,
                result="present",
            ),
            Part(
                "pathlib-div",
                "content = (Path(BASE_DIR) / __V__).read_text()",
                ("from pathlib import Path",),
                base,
                result="content",
            ),
            Part(
                "send-file",
                "return send_file(os.path.join(BASE_DIR, __V__))",
                ("import os", "from flask import send_file"),
                base,
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "remove",
                'os.remove(os.path.join(BASE_DIR, "tmp", __V__))',
                ("import os",),
                base,
                result='"deleted"',
            ),
            Part(
                "shutil-copy",
                'shutil.copy(os.path.join(BASE_DIR, __V__), "/srv/app/exports/latest")',
                ("import os", "import shutil"),
                base,
                result='"copied"',
            ),
            Part(
                "fileresponse-django",
                'return FileResponse(open("%s/%s" % (BASE_DIR, __V__), "rb"))',
                ("from django.http import FileResponse",),
                base,
                ("string-format",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "fileresponse-fastapi",
                "return FileResponse(os.path.join(BASE_DIR, __V__))",
                ("import os", "from fastapi.responses import FileResponse"),
                base,
                frameworks=("fastapi",),
                returns=True,
            ),
            Part(
                "startswith-unnormalized",
                "path = os.path.join(BASE_DIR, __V__)\nif not path.startswith(BASE_DIR):\n"
                "    __REJECT__\nwith open(path) as handle:\n    content = handle.read()",
                ("import os",),
                base,
                ("prefix-check",),
                result="content",
            ),
        ],
        safe=[
            Part(
                "realpath-prefix",
                "path = os.path.realpath(os.path.join(BASE_DIR, __V__))\n"
                "if not path.startswith(BASE_DIR + os.sep):\n    __REJECT__\n"
                "with open(path) as handle:\n    content = handle.read()",
                ("import os",),
                base,
                ("sanitizer-normalize-prefix",),
                result="content",
            ),
            Part(
                "normpath-prefix",
                "path = os.path.normpath(os.path.join(BASE_DIR, __V__))\n"
                "if os.path.commonpath([BASE_DIR, path]) != BASE_DIR:\n    __REJECT__\n"
                'with codecs.open(path, encoding="utf-8") as handle:\n    content = handle.read()',
                ("import codecs", "import os"),
                base,
                ("sanitizer-normalize-prefix",),
                result="content",
            ),
            Part(
                "pathlib-relative",
                "root = Path(BASE_DIR).resolve()\ntarget = (root / __V__).resolve()\n"
                "if not target.is_relative_to(root):\n    __REJECT__\ncontent = target.read_text()",
                ("from pathlib import Path",),
                base,
                ("sanitizer-normalize-prefix",),
                result="content",
            ),
            Part(
                "send-from-directory",
                "return send_from_directory(BASE_DIR, __V__)",
                ("from flask import send_from_directory",),
                base,
                ("safe-api",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "secure-filename",
                'with open(os.path.join(BASE_DIR, secure_filename(__V__)), "rb") as handle:\n'
                "    size = len(handle.read())",
                ("import os", "from werkzeug.utils import secure_filename"),
                base,
                ("sanitizer-escape",),
                result="size",
            ),
            Part(
                "safe-join",
                "path = safe_join(BASE_DIR, __V__)\nif path is None:\n    __REJECT__\n"
                "present = os.path.exists(path)",
                ("import os", "from werkzeug.security import safe_join"),
                base,
                ("sanitizer-normalize-prefix",),
                result="present",
            ),
        ],
        sanitizers=[
            expr_sanitizer(
                "plain-filename",
                "plain_filename(__V__)",
                ["sanitizer-escape"],
                helper="plain_filename",
                imports=["from benchlib.inputs import plain_filename"],
            ),
            INT_CAST,
            allowlist(["readme.txt", "terms.pdf", "logo.png"], "PUBLISHED_FILES"),
        ],
    )


def xss() -> Category:
    return Category(
        "xss",
        ["query", "comment", "nickname", "bio", "message"],
        ["search_results", "show_comment", "profile_card", "user_bio", "flash_message"],
        "DEFAULT_MESSAGE",
        "Welcome",
        vuln=[
            Part(
                "flask-return-concat",
                'return "<h1>Results for " + __V__ + "</h1>"',
                tags=("string-concat",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-make-response",
                'response = make_response(f"<p class=\\"comment\\">{__V__}</p>")\n'
                'response.headers["Content-Type"] = "text/html; charset=utf-8"\nreturn response',
                ("from flask import make_response",),
                tags=("fstring",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-markup",
                'return render_template("profile.html", card=Markup("<b>%s</b>" % __V__))',
                ("from flask import render_template", "from markupsafe import Markup"),
                tags=("string-format",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-safe-filter",
                'return render_template_string("<div>{{ bio|safe }}</div>", bio=__V__)',
                ("from flask import render_template_string",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-response",
                'return Response("<span>" + __V__ + "</span>", mimetype="text/html")',
                ("from flask import Response",),
                tags=("string-concat",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "django-httpresponse",
                'return HttpResponse("<p>Hello, " + __V__ + "</p>")',
                ("from django.http import HttpResponse",),
                tags=("string-concat",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "django-mark-safe",
                'return render(request, "profile.html", {"bio": mark_safe(__V__)})',
                (
                    "from django.shortcuts import render",
                    "from django.utils.safestring import mark_safe",
                ),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "django-format",
                'return HttpResponse("<li>{}</li>".format(__V__), content_type="text/html")',
                ("from django.http import HttpResponse",),
                tags=("string-format",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "fastapi-html",
                'return HTMLResponse(content=f"<h2>{__V__}</h2>")',
                ("from fastapi.responses import HTMLResponse",),
                tags=("fstring",),
                frameworks=("fastapi",),
                returns=True,
            ),
            Part(
                "fastapi-html-concat",
                'page = "<html><body>" + __V__ + "</body></html>"\nreturn HTMLResponse(page)',
                ("from fastapi.responses import HTMLResponse",),
                tags=("string-concat",),
                frameworks=("fastapi",),
                returns=True,
            ),
        ],
        safe=[
            Part(
                "flask-render-template",
                'return render_template("results.html", query=__V__)',
                ("from flask import render_template",),
                tags=("safe-api",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-markup-percent",
                'return render_template("profile.html", card=Markup("<b>%s</b>") % __V__)',
                ("from flask import render_template", "from markupsafe import Markup"),
                tags=("safe-api", "string-format"),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-jsonify",
                "return jsonify(message=__V__)",
                ("from flask import jsonify",),
                tags=("safe-api",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "django-format-html",
                'return HttpResponse(format_html("<p>Hello, {}</p>", __V__))',
                (
                    "from django.http import HttpResponse",
                    "from django.utils.html import format_html",
                ),
                tags=("safe-api",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "django-render",
                'return render(request, "profile.html", {"bio": __V__})',
                ("from django.shortcuts import render",),
                tags=("safe-api",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "django-escape",
                'return HttpResponse("<p>Hello, " + escape(__V__) + "</p>")',
                ("from django.http import HttpResponse", "from django.utils.html import escape"),
                tags=("sanitizer-escape", "string-concat"),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "fastapi-html-escape",
                'return HTMLResponse(content=f"<h2>{html.escape(__V__)}</h2>")',
                ("import html", "from fastapi.responses import HTMLResponse"),
                tags=("sanitizer-escape", "fstring"),
                frameworks=("fastapi",),
                returns=True,
            ),
            Part(
                "fastapi-json",
                'return {"message": __V__}',
                tags=("safe-api",),
                frameworks=("fastapi",),
                returns=True,
            ),
        ],
        sanitizers=[
            expr_sanitizer(
                "html-escape",
                "html.escape(__V__)",
                ["sanitizer-escape"],
                ["import html"],
                helper="escape_html",
            ),
            expr_sanitizer(
                "markupsafe-escape",
                "str(escape(__V__))",
                ["sanitizer-escape"],
                ["from markupsafe import escape"],
                helper="escape_markup",
            ),
            INT_CAST,
            allowlist(["Welcome", "Thanks", "Goodbye"], "KNOWN_MESSAGES"),
        ],
    )


URL_SINKS = ("requests-get", "urlopen", "urllib3", "imported-urlopen", "requests-session")
REDIRECT_URL_SINKS = (
    "flask-redirect",
    "flask-response-location",
    "django-redirect-class",
    "django-shortcut",
    "django-location",
    "fastapi-redirect",
)


def ssrf() -> Category:
    return Category(
        "ssrf",
        ["url", "webhook", "host", "feed", "callback"],
        ["fetch_preview", "test_webhook", "check_status", "import_feed", "notify_callback"],
        "DEFAULT_URL",
        "https://status.example.com/health",
        vuln=[
            Part(
                "requests-get",
                "response = requests.get(__V__, timeout=5)",
                ("import requests",),
                tags=("direct",),
                result="response.status_code",
            ),
            Part(
                "requests-post-fstring",
                'response = requests.post(f"https://{__V__}/hooks/deploy", json={"ok": True}, timeout=5)',
                ("import requests",),
                tags=("fstring",),
                result="response.status_code",
                const="hooks.example.com",
            ),
            Part(
                "urlopen",
                "with urllib.request.urlopen(__V__, timeout=5) as reply:\n    body = reply.read()",
                ("import urllib.request",),
                tags=("fqn-name",),
                result="len(body)",
            ),
            Part(
                "httpx-concat",
                'reply = httpx.get("http://" + __V__ + "/status", timeout=5.0)',
                ("import httpx",),
                tags=("string-concat",),
                result="reply.status_code",
                const="status.example.com",
            ),
            Part(
                "urllib3",
                'http = urllib3.PoolManager()\nreply = http.request("GET", __V__)',
                ("import urllib3",),
                result="reply.status",
            ),
            Part(
                "imported-urlopen",
                "body = urlopen(__V__).read()",
                ("from urllib.request import urlopen",),
                tags=("imported-name",),
                result="len(body)",
            ),
            Part(
                "requests-session",
                "with requests.Session() as http:\n    response = http.get(__V__, timeout=3)",
                ("import requests",),
                result="response.text[:200]",
            ),
            Part(
                "http-client",
                'conn = http.client.HTTPSConnection(__V__, timeout=5)\nconn.request("GET", "/")\n'
                "status = conn.getresponse().status",
                ("import http.client",),
                tags=("fqn-name",),
                result="status",
                const="status.example.com",
            ),
        ],
        safe=[
            Part(
                "fixed-host-params",
                'response = requests.get("https://api.example.com/search", params={"q": __V__}, timeout=5)',
                ("import requests",),
                tags=("safe-api",),
                result="response.status_code",
            ),
            Part(
                "host-allowlist",
                "if urlparse(__V__).hostname not in ALLOWED_HOSTS:\n    __REJECT__\n"
                "response = requests.get(__V__, timeout=5)",
                ("import requests", "from urllib.parse import urlparse"),
                'ALLOWED_HOSTS = {"status.example.com", "feeds.example.com"}',
                ("sanitizer-allowlist",),
                result="response.status_code",
            ),
            Part(
                "mapped-url",
                "target = WEBHOOK_TARGETS.get(__V__)\nif target is None:\n    __REJECT__\n"
                'reply = httpx.post(target, json={"event": "ping"}, timeout=5.0)',
                ("import httpx",),
                'WEBHOOK_TARGETS = {\n    "deploy": "https://hooks.example.com/deploy",\n'
                '    "audit": "https://hooks.example.com/audit",\n}',
                ("sanitizer-allowlist", "collection-map"),
                result="reply.status_code",
            ),
            Part(
                "quoted-path",
                'with urlopen("https://api.example.com/users/" + quote(__V__, safe="")) as reply:\n'
                "    body = reply.read()",
                ("from urllib.parse import quote", "from urllib.request import urlopen"),
                tags=("sanitizer-escape", "string-concat"),
                result="len(body)",
            ),
        ],
        sanitizers=[
            replace(
                expr_sanitizer(
                    "int-path",
                    '"https://api.example.com/items/" + str(int(__V__))',
                    ["sanitizer-int-cast"],
                ),
                sinks=URL_SINKS,
            ),
            replace(
                allowlist(
                    ["https://status.example.com/health", "https://feeds.example.com/rss"],
                    "KNOWN_URLS",
                ),
                sinks=URL_SINKS,
            ),
        ],
    )


def redirect() -> Category:
    return Category(
        "redirect",
        ["next_url", "target", "return_to", "continue_url", "dest"],
        ["login_done", "go", "logout", "after_checkout", "jump"],
        "DEFAULT_TARGET",
        "/dashboard",
        vuln=[
            Part(
                "flask-redirect",
                "return redirect(__V__)",
                ("from flask import redirect",),
                tags=("direct",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-response-location",
                'return Response(status=302, headers={"Location": __V__})',
                ("from flask import Response",),
                tags=("header",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "flask-redirect-concat",
                'return redirect("https://" + __V__ + "/welcome")',
                ("from flask import redirect",),
                tags=("string-concat",),
                frameworks=("flask",),
                returns=True,
                const="shop.example.com",
            ),
            Part(
                "django-redirect-class",
                "return HttpResponseRedirect(__V__)",
                ("from django.http import HttpResponseRedirect",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "django-shortcut",
                "return redirect(__V__)",
                ("from django.shortcuts import redirect",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "django-location",
                'response = HttpResponse(status=302)\nresponse["Location"] = __V__\nreturn response',
                ("from django.http import HttpResponse",),
                tags=("header",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "fastapi-redirect",
                "return RedirectResponse(url=__V__, status_code=303)",
                ("from fastapi.responses import RedirectResponse",),
                frameworks=("fastapi",),
                returns=True,
            ),
            Part(
                "fastapi-redirect-fstring",
                'return RedirectResponse(f"//{__V__}/landing")',
                ("from fastapi.responses import RedirectResponse",),
                tags=("fstring",),
                frameworks=("fastapi",),
                returns=True,
                const="shop.example.com",
            ),
        ],
        safe=[
            Part(
                "flask-url-for",
                'return redirect(url_for("dashboard", tab=__V__))',
                ("from flask import redirect", "from flask import url_for"),
                tags=("safe-api",),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "django-allowed-host",
                "if not url_has_allowed_host_and_scheme(__V__, allowed_hosts={request.get_host()}):\n"
                '    __V__ = "/"\nreturn HttpResponseRedirect(__V__)',
                (
                    "from django.http import HttpResponseRedirect",
                    "from django.utils.http import url_has_allowed_host_and_scheme",
                ),
                tags=("sanitizer-allowlist",),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "flask-mapped",
                'return redirect(DESTINATIONS.get(__V__, "/"))',
                ("from flask import redirect",),
                'DESTINATIONS = {"orders": "/orders", "profile": "/account/profile"}',
                ("sanitizer-allowlist", "collection-map"),
                frameworks=("flask",),
                returns=True,
            ),
            Part(
                "django-reverse",
                'return redirect(reverse("orders:detail", args=[int(__V__)]))',
                ("from django.shortcuts import redirect", "from django.urls import reverse"),
                tags=("safe-api", "sanitizer-int-cast"),
                frameworks=("django",),
                returns=True,
            ),
            Part(
                "fastapi-mapped",
                'return RedirectResponse(DESTINATIONS.get(__V__, "/"), status_code=303)',
                ("from fastapi.responses import RedirectResponse",),
                'DESTINATIONS = {"orders": "/orders", "profile": "/account/profile"}',
                ("sanitizer-allowlist", "collection-map"),
                frameworks=("fastapi",),
                returns=True,
            ),
        ],
        sanitizers=[
            replace(
                allowlist(["/dashboard", "/orders", "/account/profile"], "SAFE_TARGETS"),
                sinks=REDIRECT_URL_SINKS,
            ),
            replace(
                expr_sanitizer("int-path", '"/orders/" + str(int(__V__))', ["sanitizer-int-cast"]),
                sinks=REDIRECT_URL_SINKS,
            ),
        ],
    )


def deserialization() -> Category:
    blob = base64.b64encode(pickle.dumps({"theme": "light"}, protocol=4)).decode()
    return Category(
        "deserialization",
        ["state", "payload", "prefs", "snapshot", "document"],
        ["restore_state", "import_payload", "load_preferences", "resume_wizard", "upload_config"],
        "DEFAULT_STATE",
        blob,
        vuln=[
            Part(
                "pickle-b64",
                "data = pickle.loads(base64.b64decode(__V__))",
                ("import base64", "import pickle"),
                result="str(data)",
            ),
            Part(
                "yaml-loader",
                "config = yaml.load(__V__, Loader=yaml.Loader)",
                ("import yaml",),
                result="str(config)",
                const="theme: light",
            ),
            Part(
                "yaml-unsafe",
                "config = yaml.unsafe_load(__V__)",
                ("import yaml",),
                result="str(config)",
                const="theme: light",
            ),
            Part(
                "jsonpickle",
                "obj = jsonpickle.decode(__V__)",
                ("import jsonpickle",),
                result="str(obj)",
                const='{"theme": "light"}',
            ),
            Part(
                "marshal",
                "settings = marshal.loads(bytes.fromhex(__V__))",
                ("import marshal",),
                result="str(settings)",
                const=marshal.dumps({"theme": "light"}).hex(),
            ),
            Part(
                "unpickler",
                "data = pickle.Unpickler(io.BytesIO(base64.urlsafe_b64decode(__V__))).load()",
                ("import base64", "import io", "import pickle"),
                result="str(data)",
            ),
            Part(
                "dill-alias",
                "data = serializer.loads(base64.b64decode(__V__))",
                ("import base64", "import dill as serializer"),
                tags=("alias",),
                result="str(data)",
            ),
            Part(
                "yaml-unsafe-loader",
                "config = yaml.load(__V__, Loader=yaml.UnsafeLoader)",
                ("import yaml",),
                result="str(config)",
                const="theme: light",
            ),
        ],
        safe=[
            Part(
                "json",
                "data = json.loads(__V__)",
                ("import json",),
                tags=("safe-api",),
                result="data",
            ),
            Part(
                "yaml-safe",
                "config = yaml.safe_load(__V__)",
                ("import yaml",),
                tags=("safe-api",),
                result="config",
            ),
            Part(
                "yaml-safeloader",
                "config = yaml.load(__V__, Loader=yaml.SafeLoader)",
                ("import yaml",),
                tags=("safe-config",),
                result="config",
            ),
            Part(
                "signed-pickle",
                "raw = base64.b64decode(__V__)\nsignature, body = raw[:32], raw[32:]\n"
                "expected = hmac.new(SIGNING_KEY, body, hashlib.sha256).digest()\n"
                "if not hmac.compare_digest(signature, expected):\n    __REJECT__\n"
                "data = pickle.loads(body)",
                ("import base64", "import hashlib", "import hmac", "import os", "import pickle"),
                'SIGNING_KEY = os.environ["STATE_SIGNING_KEY"].encode()',
                ("sanitizer-signature",),
                result="str(data)",
            ),
            Part(
                "json-b64",
                "data = json.loads(base64.b64decode(__V__))",
                ("import base64", "import json"),
                tags=("safe-api",),
                result="data",
            ),
        ],
        sanitizers=[],
    )


def xxe() -> Category:
    return Category(
        "xxe",
        ["document", "feed", "invoice", "manifest", "config_xml"],
        ["import_document", "parse_feed", "upload_invoice", "read_manifest", "apply_config"],
        "DEFAULT_DOCUMENT",
        "<config><mode>basic</mode></config>",
        vuln=[
            Part(
                "lxml-resolve",
                "parser = etree.XMLParser(resolve_entities=True)\n"
                "root = etree.fromstring(__V__.encode(), parser)",
                ("from lxml import etree",),
                result="root.tag",
            ),
            Part(
                "lxml-network",
                "parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)\n"
                "tree = etree.parse(io.BytesIO(__V__.encode()), parser)",
                ("import io", "from lxml import etree"),
                result="tree.getroot().tag",
            ),
            Part(
                "lxml-fqn",
                "parser = lxml.etree.XMLParser(resolve_entities=True, dtd_validation=False)\n"
                "root = lxml.etree.XML(__V__, parser)",
                ("import lxml.etree",),
                tags=("fqn-name",),
                result="root.tag",
            ),
            Part(
                "sax-ges",
                "handler = xml.sax.ContentHandler()\nparser = xml.sax.make_parser()\n"
                "parser.setFeature(xml.sax.handler.feature_external_ges, True)\n"
                "parser.setContentHandler(handler)\nparser.parse(io.StringIO(__V__))",
                ("import io", "import xml.sax", "import xml.sax.handler"),
                tags=("fqn-name",),
                result='"parsed"',
            ),
            Part(
                "pulldom-ges",
                "parser = make_parser()\nparser.setFeature(feature_external_ges, True)\n"
                "events = pulldom.parseString(__V__, parser=parser)\n"
                "names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]",
                (
                    "from xml.dom import pulldom",
                    "from xml.sax import make_parser",
                    "from xml.sax.handler import feature_external_ges",
                ),
                tags=("imported-name",),
                result="names",
            ),
            Part(
                "minidom-ges",
                "parser = xml.sax.make_parser()\nparser.setFeature(xml.sax.handler.feature_external_ges, True)\n"
                "doc = minidom.parseString(__V__, parser)",
                ("import xml.sax", "import xml.sax.handler", "from xml.dom import minidom"),
                result="doc.documentElement.tagName",
            ),
            Part(
                "lxml-iterparse",
                'events = etree.iterparse(io.BytesIO(__V__.encode()), events=("end",), resolve_entities=True, load_dtd=True)\n'
                "tags = [element.tag for _, element in events]",
                ("import io", "from lxml import etree"),
                result="tags",
            ),
        ],
        safe=[
            Part(
                "defused-et",
                "root = DefusedET.fromstring(__V__)",
                ("import defusedxml.ElementTree as DefusedET",),
                tags=("safe-api", "alias"),
                result="root.tag",
            ),
            Part(
                "lxml-no-entities",
                "parser = etree.XMLParser(resolve_entities=False, no_network=True)\n"
                "root = etree.fromstring(__V__.encode(), parser)",
                ("from lxml import etree",),
                tags=("safe-config",),
                result="root.tag",
            ),
            Part(
                "stdlib-et",
                "root = ElementTree.fromstring(__V__)",
                ("from xml.etree import ElementTree",),
                tags=("safe-api",),
                result="root.tag",
            ),
            Part(
                "sax-default",
                "handler = xml.sax.ContentHandler()\nxml.sax.parseString(__V__.encode(), handler)",
                ("import xml.sax",),
                tags=("safe-config",),
                result='"parsed"',
            ),
            Part(
                "sax-ges-off",
                "parser = xml.sax.make_parser()\nparser.setFeature(xml.sax.handler.feature_external_ges, False)\n"
                "doc = minidom.parseString(__V__, parser)",
                ("import xml.sax", "import xml.sax.handler", "from xml.dom import minidom"),
                tags=("safe-config",),
                result="doc.documentElement.tagName",
            ),
            Part(
                "defused-minidom",
                "doc = defused_minidom.parseString(__V__)",
                ("from defusedxml import minidom as defused_minidom",),
                tags=("safe-api",),
                result="doc.documentElement.tagName",
            ),
        ],
        sanitizers=[],
    )


SESSION_MIDDLEWARE = 'app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)'


def trustbound() -> Category:
    flask_s = ("from flask import session",)
    return Category(
        "trustbound",
        ["theme", "role", "display_name", "cart_note", "locale"],
        ["set_theme", "choose_role", "update_profile", "save_note", "set_locale"],
        "DEFAULT_THEME",
        "light",
        vuln=[
            Part(
                "flask-session",
                'session["theme"] = __V__',
                flask_s,
                frameworks=("flask",),
                result='"saved"',
            ),
            Part(
                "flask-session-fstring",
                'session["greeting"] = f"Hello {__V__}"',
                flask_s,
                tags=("fstring",),
                frameworks=("flask",),
                result='"saved"',
            ),
            Part(
                "flask-session-update",
                'session.update({"role": __V__, "verified": True})',
                flask_s,
                tags=("collection-map",),
                frameworks=("flask",),
                result='"saved"',
            ),
            Part(
                "django-session",
                'request.session["display_name"] = __V__',
                frameworks=("django",),
                result='"saved"',
            ),
            Part(
                "django-session-setdefault",
                'request.session.setdefault("cart_note", __V__)',
                frameworks=("django",),
                result='"saved"',
            ),
            Part(
                "fastapi-session",
                'request.session["locale"] = __V__',
                imports=(
                    "import os",
                    "from starlette.middleware.sessions import SessionMiddleware",
                ),
                preamble=SESSION_MIDDLEWARE,
                frameworks=("fastapi",),
                needs=("request",),
                result='"saved"',
            ),
            Part(
                "flask-session-concat",
                'session["last_search"] = "q=" + __V__',
                flask_s,
                tags=("string-concat",),
                frameworks=("flask",),
                result='"saved"',
            ),
        ],
        safe=[
            Part(
                "flask-session-const",
                'session["theme"] = THEMES.get(__V__, "light")',
                flask_s,
                'THEMES = {"light": "light", "dark": "dark", "contrast": "high-contrast"}',
                ("sanitizer-allowlist", "collection-map"),
                frameworks=("flask",),
                result='"saved"',
            ),
            Part(
                "django-session-bool",
                'request.session["wants_digest"] = __V__ == "yes"',
                tags=("sanitizer-validate",),
                frameworks=("django",),
                result='"saved"',
            ),
            Part(
                "fastapi-session-int",
                'request.session["page_size"] = min(int(__V__), 100)',
                imports=(
                    "import os",
                    "from starlette.middleware.sessions import SessionMiddleware",
                ),
                preamble=SESSION_MIDDLEWARE,
                frameworks=("fastapi",),
                tags=("sanitizer-int-cast",),
                needs=("request",),
                result='"saved"',
            ),
        ],
        sanitizers=[
            INT_CAST,
            allowlist(["light", "dark", "en", "de", "viewer"], "ALLOWED_CHOICES"),
        ],
    )


# URLs and file paths arrive in path parameters through a path converter; documents do not.
CATEGORY_OPTIONS: dict[str, dict] = {
    "pathtraver": {"path_converter": True},
    "ssrf": {"path_converter": True},
    "redirect": {"path_converter": True},
    "deserialization": {"skip_sources": ("path-param",)},
    "xxe": {"skip_sources": ("path-param", "cookie", "header")},
}

DATAFLOW = [
    sqli,
    cmdi,
    ldapi,
    xpathi,
    codeinj,
    ssti,
    pathtraver,
    xss,
    ssrf,
    redirect,
    deserialization,
    xxe,
    trustbound,
]


# --------------------------------------------------------------------------------------------
# Case assembly
# --------------------------------------------------------------------------------------------


@dataclass
class Case:
    category: str
    vulnerable: bool
    tags: list[str]
    code: str


def merge_imports(lines: Sequence[str]) -> str:
    plain: set[str] = set()
    from_names: dict[str, set[str]] = {}
    for line in lines:
        if line.startswith("from "):
            module, names = line[5:].split(" import ", 1)
            from_names.setdefault(module, set()).update(n.strip() for n in names.split(","))
        else:
            plain.add(line)
    out = sorted(plain)
    out += [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(from_names.items())]
    return "\n".join(out)


def fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace(f"__{key}__", value)
    return text


def indent(text: str) -> str:
    return textwrap.indent(text, "    ") if text else ""


def build_dataflow(
    cat: Category,
    index: int,
    source: Source,
    flow: Part,
    sink: Part,
    sanitizer: Part | None = None,
    placement: str = "inline",
    vulnerable: bool = True,
    route_seed: int = 0,
) -> Case:
    framework = source.framework
    noun = cat.nouns[index % len(cat.nouns)]
    handler = cat.handlers[index % len(cat.handlers)]
    const_value = sink.const if sink.const is not None else cat.const
    model = "".join(w.title() for w in handler.split("_")) + "Request"
    fmt = {
        "n": noun,
        "f": noun,
        "F": "-".join(w.title() for w in noun.split("_")),
        "U": noun.upper(),
        "M": model,
    }
    imports = [*FRAMEWORK_IMPORTS[framework], *source.imports, *flow.imports, *sink.imports]
    preamble = [FRAMEWORK_PREAMBLE[framework]]
    if source.preamble:
        preamble.append(source.preamble.format(**fmt))
    body: list[str] = []
    if source.read:
        body.append(source.read.format(**fmt))
    reject, reject_imports = REJECT[framework]

    current = noun
    if flow.body:
        out_var = ["value", "selected", "target_value", "item", "entry"][index % 5]
        if out_var == noun:
            out_var = "chosen"
        body.append(fill(flow.body, IN=noun, OUT=out_var))
        if flow.preamble:
            preamble.append(flow.preamble)
        current = out_var

    if sanitizer is not None:
        imports += sanitizer.imports
        if sanitizer.helper == "guard":
            if sanitizer.preamble:
                preamble.append(sanitizer.preamble)
            body.append(fill(sanitizer.body, V=current, REJECT=reject))
            imports += reject_imports
        elif placement == "inline":
            body.append(f"{current} = {fill(sanitizer.body, V=current)}")
        elif placement == "helper-same-file":
            fn = {"sanitizer-int-cast": "as_number_text", "sanitizer-escape": "clean_value"}.get(
                sanitizer.tags[0], "checked_value"
            )
            preamble.append(
                f"def {fn}(raw: str) -> str:\n    return {fill(sanitizer.body, V='raw')}"
            )
            body.append(f"{current} = {fn}({current})")
        else:  # helper-other-module
            imports = [i for i in imports if i not in sanitizer.imports]
            imports.append(f"from benchlib.inputs import {sanitizer.helper}")
            body.append(f"{current} = {sanitizer.helper}({current})")

    sink_body = sink.body
    if "__REJECT__" in sink_body:
        imports += reject_imports
    body.append(fill(sink_body, V=current, REJECT=reject))
    if sink.preamble:
        preamble.append(sink.preamble)
    if not sink.returns:
        body.append(respond(framework, sink.result or '"ok"'))
        imports += RESPOND_IMPORTS[framework]

    uses_const = any("__CONST__" in p for p in (flow.body, flow.preamble))
    if uses_const:
        preamble.insert(1, f"{cat.const_name} = {const_value!r}")

    # handler signature
    params = [p.format(**fmt) for p in source.params]
    for need in sink.needs:
        if framework == "fastapi" and not any(p.startswith(need) for p in params):
            params.append({"request": "request: Request", "response": "response: Response"}[need])
            imports.append(f"from fastapi import {need.title()}")
    slug = handler.replace("_", "-")
    route = f"/{slug}"
    decorators = []
    if framework == "flask":
        if source.path_param:
            route += f"/<path:{noun}>" if cat.path_converter else f"/<{noun}>"
        decorators.append(f'@app.route("{route}", methods=["{source.method}"])')
    elif framework == "fastapi":
        if source.path_param:
            route += "/{" + noun + (":path}" if cat.path_converter else "}")
        decorators.append(f'@app.{source.method.lower()}("{route}")')
    elif source.method == "POST":
        decorators.append("@require_POST")
        imports.append("from django.views.decorators.http import require_POST")
    if framework == "django" and "request" not in params:
        params.insert(0, "request")

    code_body = "\n".join(b for b in body if b)
    code_body = fill(code_body, CONST=cat.const_name)
    preamble_text = "\n\n\n".join(fill(p, CONST=cat.const_name) for p in preamble if p)
    func = "\n".join([*decorators, f"def {handler}({', '.join(params)}):", indent(code_body)])
    code = (
        "\n\n".join(x for x in [merge_imports(imports), preamble_text] if x)
        + "\n\n\n"
        + func
        + "\n"
    )
    tags = [*source.tags, *flow.tags, *(sanitizer.tags if sanitizer else ()), *sink.tags]
    if sanitizer is not None and placement != "inline" and sanitizer.helper != "guard":
        tags.append(placement)
    return Case(cat.key, vulnerable, tags, code)


def compatible_sources(all_sources: list[Source], sink: Part) -> list[Source]:
    return [s for s in all_sources if s.framework in sink.frameworks]


def dataflow_cases(cat: Category) -> list[Case]:
    all_sources = sources()
    tainted, clean = flows()
    cases: list[Case] = []

    def pick_source(sink: Part, i: int) -> Source:
        options = [
            s
            for s in compatible_sources(all_sources, sink)
            if not set(s.tags) & set(cat.skip_sources)
        ]
        return options[(i * 7 + len(cat.key)) % len(options)]

    # True cases: every tainted flow reaches a vulnerable sink (sinks and sources rotate).
    true_flows = tainted + [replace(tainted[0], key="direct2")] * 4
    for i, flow in enumerate(true_flows):
        sink = cat.vuln[i % len(cat.vuln)]
        cases.append(build_dataflow(cat, i, pick_source(sink, i), flow, sink, vulnerable=True))
    for j, extra in enumerate(cat.extra_true):
        i = len(cases) + j
        cases.append(build_dataflow(cat, i, pick_source(extra, i), tainted[0], extra))

    # False cases: clean flows into vulnerable sinks ...
    for i, flow in enumerate(clean):
        sink = cat.vuln[(i + 3) % len(cat.vuln)]
        cases.append(
            build_dataflow(cat, i + 1, pick_source(sink, i + 5), flow, sink, vulnerable=False)
        )
    # ... tainted flows into safe APIs ...
    for i, sink in enumerate(cat.safe * 2):
        flow = tainted[(i * 5) % len(tainted)] if i >= len(cat.safe) else tainted[0]
        cases.append(
            build_dataflow(cat, i + 2, pick_source(sink, i + 11), flow, sink, vulnerable=False)
        )
    # ... and sanitized values into vulnerable sinks, inline or in helpers.
    placements = ["inline", "helper-same-file", "helper-other-module"]
    n_false = sum(not c.vulnerable for c in cases)
    n_true = len(cases) - n_false
    i = 0
    while cat.sanitizers and n_false < n_true + 1:
        sanitizer = cat.sanitizers[i % len(cat.sanitizers)]
        usable = [
            s
            for s in cat.vuln
            if "__REJECT__" not in s.body and (not sanitizer.sinks or s.key in sanitizer.sinks)
        ]
        sink = usable[(i * 3 + 1) % len(usable)]
        placement = placements[(i // len(cat.sanitizers)) % 3]
        if sanitizer.helper in ("guard", None):
            placement = "inline"
        flow = tainted[(i * 3) % len(tainted)] if i % 2 else tainted[0]
        cases.append(
            build_dataflow(
                cat,
                i + 3,
                pick_source(sink, i + 17),
                flow,
                sink,
                sanitizer,
                placement,
                vulnerable=False,
            )
        )
        n_false += 1
        i += 1
    # Categories with no sanitizers balance with more safe-API and clean-flow cases.
    i = 0
    while n_false < n_true:
        sink = cat.safe[i % len(cat.safe)]
        flow = tainted[(i * 5 + 3) % len(tainted)]
        cases.append(
            build_dataflow(cat, i + 4, pick_source(sink, i + 23), flow, sink, vulnerable=False)
        )
        n_false += 1
        i += 1
    return cases


# --------------------------------------------------------------------------------------------
# Categories without data flow
# --------------------------------------------------------------------------------------------


def all_cases() -> dict[str, list[Case]]:
    out: dict[str, list[Case]] = {}
    for make in DATAFLOW:
        cat = replace(make(), **CATEGORY_OPTIONS.get(make.__name__, {}))
        out[cat.key] = dataflow_cases(cat)
    for key, items in api_categories().items():
        out[key] = [Case(key, v, list(t), c) for v, t, c in items]
    for key, vulnerable, tags, code in HANDWRITTEN:
        out.setdefault(key, []).append(Case(key, vulnerable, list(tags), code))
    return out


def write(cases: dict[str, list[Case]]) -> None:
    case_root = ROOT / "cases"
    if case_root.exists():
        shutil.rmtree(case_root)
    rows = []
    for key in sorted(cases):
        items = list(cases[key])
        random.Random(f"{SEED}-{key}-order").shuffle(items)
        folder = case_root / key
        folder.mkdir(parents=True)
        for number, case in enumerate(items, start=1):
            rel = f"cases/{key}/{key}_{number:03d}.py"
            (ROOT / rel).write_text(case.code)
            shape = "+".join(dict.fromkeys(case.tags)) or "direct"
            rows.append((rel, key, "true" if case.vulnerable else "false", shape))
    with open(ROOT / "expected.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["path", "category", "vulnerable", "shape"])
        writer.writerows(rows)


def format_with_ruff() -> None:
    ruff: list[str] | None = None
    if shutil.which("ruff"):
        ruff = ["ruff"]
    else:
        try:
            import ruff as _ruff  # noqa: F401

            ruff = [sys.executable, "-m", "ruff"]
        except ImportError:
            return
    target = str(ROOT / "cases")
    subprocess.run(
        [*ruff, "check", "--no-cache", "--quiet", "--fix", "--select", "I", target], check=False
    )
    subprocess.run([*ruff, "format", "--no-cache", "--quiet", target], check=False)


def main(argv: Sequence[str] = ()) -> None:
    cases = all_cases()
    write(cases)
    if "--no-format" not in argv:
        format_with_ruff()
    for key in sorted(cases):
        n_true = sum(c.vulnerable for c in cases[key])
        print(
            f"{key:16} {len(cases[key]):3} cases  {n_true:3} true  {len(cases[key]) - n_true:3} false"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
