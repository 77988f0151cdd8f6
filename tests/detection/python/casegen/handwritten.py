"""Hand-written cases: small views as projects write them, several functions and classes each.

Each entry: (category, vulnerable, shape tags, module source).
"""

from __future__ import annotations

import textwrap


def _src(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


HANDWRITTEN: list[tuple[str, bool, tuple[str, ...], str]] = [
    (
        "sqli",
        True,
        ("framework-object", "builder", "collection-list", "join", "helper-same-file"),
        _src("""
            import sqlite3

            from flask import Flask, g, jsonify, request

            app = Flask(__name__)


            def get_db() -> sqlite3.Connection:
                if "db" not in g:
                    g.db = sqlite3.connect("instance/shop.db")
                return g.db


            def build_filters(args) -> str:
                clauses = ["deleted = 0"]
                if args.get("category"):
                    clauses.append("category = '%s'" % args["category"])
                if args.get("max_price"):
                    clauses.append("price <= %d" % int(args["max_price"]))
                return " AND ".join(clauses)


            @app.route("/products")
            def list_products():
                where = build_filters(request.args)
                rows = get_db().execute(f"SELECT id, name, price FROM products WHERE {where}").fetchall()
                return jsonify(products=[dict(zip(("id", "name", "price"), r, strict=True)) for r in rows])
        """),
    ),
    (
        "sqli",
        False,
        (
            "framework-object",
            "collection-list",
            "join",
            "helper-same-file",
            "sanitizer-parameterized",
        ),
        _src("""
            import sqlite3

            from flask import Flask, g, jsonify, request

            app = Flask(__name__)


            def get_db() -> sqlite3.Connection:
                if "db" not in g:
                    g.db = sqlite3.connect("instance/shop.db")
                return g.db


            def build_filters(args) -> tuple[str, list]:
                clauses, params = ["deleted = 0"], []
                if args.get("category"):
                    clauses.append("category = ?")
                    params.append(args["category"])
                if args.get("max_price"):
                    clauses.append("price <= ?")
                    params.append(float(args["max_price"]))
                return " AND ".join(clauses), params


            @app.route("/products")
            def list_products():
                where, params = build_filters(request.args)
                rows = get_db().execute(
                    f"SELECT id, name, price FROM products WHERE {where}", params
                ).fetchall()
                return jsonify(products=[dict(zip(("id", "name", "price"), r, strict=True)) for r in rows])
        """),
    ),
    (
        "sqli",
        True,
        ("path-param", "field", "fstring"),
        _src("""
            from django.db import connection
            from django.http import JsonResponse
            from django.views import View


            class ReportView(View):
                table = "sales_order"

                def get(self, request, region):
                    self.region = region
                    return JsonResponse({"total": self.total()})

                def total(self) -> float:
                    with connection.cursor() as cursor:
                        cursor.execute(
                            f"SELECT SUM(amount) FROM {self.table} WHERE region = '{self.region}'"
                        )
                        (value,) = cursor.fetchone()
                    return float(value or 0)
        """),
    ),
    (
        "cmdi",
        True,
        ("json-body", "field", "helper-same-file", "string-format"),
        _src("""
            import subprocess

            from fastapi import FastAPI
            from pydantic import BaseModel

            app = FastAPI()


            class ConvertJob(BaseModel):
                source: str
                width: int = 800


            def resize_command(job: ConvertJob) -> str:
                return "convert {src} -resize {w} /tmp/out.png".format(src=job.source, w=job.width)


            @app.post("/images/resize")
            def resize(job: ConvertJob):
                result = subprocess.run(resize_command(job), shell=True, capture_output=True)
                return {"ok": result.returncode == 0}
        """),
    ),
    (
        "cmdi",
        False,
        ("json-body", "field", "helper-same-file", "safe-api"),
        _src("""
            import subprocess

            from fastapi import FastAPI
            from pydantic import BaseModel

            app = FastAPI()


            class ConvertJob(BaseModel):
                source: str
                width: int = 800


            def resize_argv(job: ConvertJob) -> list[str]:
                return ["convert", job.source, "-resize", str(job.width), "/tmp/out.png"]


            @app.post("/images/resize")
            def resize(job: ConvertJob):
                result = subprocess.run(resize_argv(job), capture_output=True)
                return {"ok": result.returncode == 0}
        """),
    ),
    (
        "ldapi",
        True,
        ("framework-object", "helper-other-module", "field", "string-concat"),
        _src("""
            from flask import Flask, jsonify, request

            from benchlib import directory

            app = Flask(__name__)


            class PeopleSearch:
                def __init__(self, connection) -> None:
                    self.connection = connection
                    self.base = "ou=people,dc=example,dc=com"

                def by_department(self, department: str) -> list[str]:
                    query = "(&(objectClass=inetOrgPerson)(departmentNumber=" + department + "))"
                    self.connection.search(self.base, query, attributes=["cn"])
                    return [str(entry.cn) for entry in self.connection.entries]


            @app.route("/people")
            def people():
                search = PeopleSearch(directory.connect())
                return jsonify(names=search.by_department(request.args["department"]))
        """),
    ),
    (
        "ldapi",
        False,
        ("framework-object", "helper-other-module", "field", "sanitizer-escape"),
        _src("""
            from flask import Flask, jsonify, request
            from ldap3.utils.conv import escape_filter_chars

            from benchlib import directory

            app = Flask(__name__)


            class PeopleSearch:
                def __init__(self, connection) -> None:
                    self.connection = connection
                    self.base = "ou=people,dc=example,dc=com"

                def by_department(self, department: str) -> list[str]:
                    value = escape_filter_chars(department)
                    query = "(&(objectClass=inetOrgPerson)(departmentNumber=" + value + "))"
                    self.connection.search(self.base, query, attributes=["cn"])
                    return [str(entry.cn) for entry in self.connection.entries]


            @app.route("/people")
            def people():
                search = PeopleSearch(directory.connect())
                return jsonify(names=search.by_department(request.args["department"]))
        """),
    ),
    (
        "xpathi",
        True,
        ("framework-object", "helper-same-file", "string-concat"),
        _src("""
            from django.http import JsonResponse
            from lxml import etree

            CATALOG = etree.parse("data/catalog.xml")


            def query_for(author: str, year: str) -> str:
                expression = "//book[author='" + author + "'"
                if year:
                    expression += " and @year='" + year + "'"
                return expression + "]/title/text()"


            def books(request):
                titles = CATALOG.xpath(query_for(request.GET["author"], request.GET.get("year", "")))
                return JsonResponse({"titles": [str(t) for t in titles]})
        """),
    ),
    (
        "xpathi",
        False,
        ("framework-object", "helper-same-file", "sanitizer-parameterized"),
        _src("""
            from django.http import JsonResponse
            from lxml import etree

            CATALOG = etree.parse("data/catalog.xml")


            def query_for(year: str) -> str:
                expression = "//book[author=$author"
                if year:
                    expression += " and @year=$year"
                return expression + "]/title/text()"


            def books(request):
                year = request.GET.get("year", "")
                titles = CATALOG.xpath(query_for(year), author=request.GET["author"], year=year)
                return JsonResponse({"titles": [str(t) for t in titles]})
        """),
    ),
    (
        "codeinj",
        True,
        ("json-body", "collection-map", "helper-same-file", "string-format"),
        _src("""
            from flask import Flask, jsonify, request

            app = Flask(__name__)

            RULES: dict[str, str] = {}


            def compile_rule(name: str, condition: str) -> None:
                source = "def rule_{0}(order):\\n    return {1}\\n".format(name, condition)
                exec(source, RULES)


            @app.route("/rules", methods=["POST"])
            def add_rule():
                body = request.get_json()
                compile_rule(body["name"], body["condition"])
                return jsonify(rules=sorted(k for k in RULES if k.startswith("rule_")))
        """),
    ),
    (
        "codeinj",
        False,
        ("json-body", "collection-map", "helper-same-file", "sanitizer-allowlist"),
        _src("""
            import operator

            from flask import Flask, jsonify, request

            app = Flask(__name__)

            COMPARISONS = {"gt": operator.gt, "lt": operator.lt, "eq": operator.eq}
            RULES: dict[str, tuple] = {}


            def compile_rule(name: str, field: str, op: str, limit: float) -> None:
                if op not in COMPARISONS:
                    raise ValueError("unknown comparison")
                RULES[name] = (field, COMPARISONS[op], limit)


            @app.route("/rules", methods=["POST"])
            def add_rule():
                body = request.get_json()
                compile_rule(body["name"], body["field"], body["op"], float(body["limit"]))
                return jsonify(rules=sorted(RULES))
        """),
    ),
    (
        "ssti",
        True,
        ("framework-object", "field", "string-concat"),
        _src("""
            from django.http import HttpResponse
            from django.template import Context, Template


            class EmailPreview:
                header = "<html><body>"
                footer = "</body></html>"

                def __init__(self, body: str) -> None:
                    self.body = body

                def render(self, customer: str) -> str:
                    template = Template(self.header + self.body + self.footer)
                    return template.render(Context({"customer": customer}))


            def preview(request):
                page = EmailPreview(request.POST["body"]).render(request.user.get_full_name())
                return HttpResponse(page)
        """),
    ),
    (
        "ssti",
        False,
        ("framework-object", "field", "safe-api"),
        _src("""
            from django.http import HttpResponse
            from django.template import Context, Template


            class EmailPreview:
                layout = "<html><body>{{ body|linebreaks }}</body></html>"

                def __init__(self, body: str) -> None:
                    self.body = body

                def render(self, customer: str) -> str:
                    template = Template(self.layout)
                    return template.render(Context({"customer": customer, "body": self.body}))


            def preview(request):
                page = EmailPreview(request.POST["body"]).render(request.user.get_full_name())
                return HttpResponse(page)
        """),
    ),
    (
        "pathtraver",
        True,
        ("path-param", "field", "helper-same-file"),
        _src("""
            import os

            from fastapi import FastAPI
            from fastapi.responses import FileResponse

            app = FastAPI()


            class Storage:
                def __init__(self, root: str) -> None:
                    self.root = root

                def locate(self, tenant: str, name: str) -> str:
                    return os.path.join(self.root, tenant, name)


            storage = Storage("/srv/files")


            @app.get("/files/{tenant}/{name:path}")
            def download(tenant: str, name: str):
                path = storage.locate(tenant, name)
                if not os.path.isfile(path):
                    return {"error": "not found"}
                return FileResponse(path)
        """),
    ),
    (
        "pathtraver",
        False,
        ("path-param", "field", "helper-same-file", "sanitizer-normalize-prefix"),
        _src("""
            import os

            from fastapi import FastAPI, HTTPException
            from fastapi.responses import FileResponse

            app = FastAPI()


            class Storage:
                def __init__(self, root: str) -> None:
                    self.root = os.path.realpath(root)

                def locate(self, tenant: str, name: str) -> str:
                    path = os.path.realpath(os.path.join(self.root, tenant, name))
                    if os.path.commonpath([self.root, path]) != self.root:
                        raise HTTPException(status_code=404)
                    return path


            storage = Storage("/srv/files")


            @app.get("/files/{tenant}/{name:path}")
            def download(tenant: str, name: str):
                path = storage.locate(tenant, name)
                if not os.path.isfile(path):
                    raise HTTPException(status_code=404)
                return FileResponse(path)
        """),
    ),
    (
        "pathtraver",
        True,
        ("framework-object", "pathlib"),
        _src("""
            from pathlib import Path

            from flask import Flask, request

            app = Flask(__name__)
            EXPORTS = Path("/srv/exports")


            @app.route("/exports", methods=["POST"])
            def save_export():
                target = EXPORTS.joinpath(request.form["name"]).with_suffix(".csv")
                target.write_text(request.form["content"])
                return {"saved": target.name}
        """),
    ),
    (
        "xss",
        True,
        ("framework-object", "collection-list", "join", "helper-same-file"),
        _src("""
            from flask import Flask, request

            app = Flask(__name__)


            def render_list(items: list[str]) -> str:
                rows = []
                for item in items:
                    rows.append("<li>" + item + "</li>")
                return "<ul>" + "".join(rows) + "</ul>"


            @app.route("/tags")
            def tags():
                return render_list(request.args.getlist("tag"))
        """),
    ),
    (
        "xss",
        False,
        ("framework-object", "collection-list", "join", "helper-same-file", "sanitizer-escape"),
        _src("""
            from flask import Flask, request
            from markupsafe import escape

            app = Flask(__name__)


            def render_list(items: list[str]) -> str:
                rows = []
                for item in items:
                    rows.append(f"<li>{escape(item)}</li>")
                return "<ul>" + "".join(rows) + "</ul>"


            @app.route("/tags")
            def tags():
                return render_list(request.args.getlist("tag"))
        """),
    ),
    (
        "ssrf",
        True,
        ("json-body", "field", "helper-same-file"),
        _src("""
            import httpx
            from fastapi import FastAPI
            from pydantic import BaseModel

            app = FastAPI()


            class Subscription(BaseModel):
                event: str
                callback_url: str


            async def deliver(sub: Subscription, payload: dict) -> int:
                async with httpx.AsyncClient(timeout=5.0) as client:
                    reply = await client.post(sub.callback_url, json=payload)
                return reply.status_code


            @app.post("/subscriptions/test")
            async def test_subscription(sub: Subscription):
                status = await deliver(sub, {"event": sub.event, "test": True})
                return {"delivered": status < 400}
        """),
    ),
    (
        "ssrf",
        False,
        ("json-body", "field", "helper-same-file", "sanitizer-allowlist"),
        _src("""
            from urllib.parse import urlsplit

            import httpx
            from fastapi import FastAPI, HTTPException
            from pydantic import BaseModel

            app = FastAPI()
            PARTNER_HOSTS = frozenset({"hooks.partner-one.example", "events.partner-two.example"})


            class Subscription(BaseModel):
                event: str
                callback_url: str


            async def deliver(sub: Subscription, payload: dict) -> int:
                parts = urlsplit(sub.callback_url)
                if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
                    raise HTTPException(status_code=400, detail="callback host not allowed")
                async with httpx.AsyncClient(timeout=5.0) as client:
                    reply = await client.post(sub.callback_url, json=payload)
                return reply.status_code


            @app.post("/subscriptions/test")
            async def test_subscription(sub: Subscription):
                status = await deliver(sub, {"event": sub.event, "test": True})
                return {"delivered": status < 400}
        """),
    ),
    (
        "redirect",
        True,
        ("framework-object", "helper-same-file"),
        _src("""
            from django.contrib.auth import login
            from django.contrib.auth.forms import AuthenticationForm
            from django.shortcuts import redirect, render


            def next_page(request) -> str:
                return request.POST.get("next") or request.GET.get("next") or "/"


            def sign_in(request):
                form = AuthenticationForm(request, data=request.POST or None)
                if request.method == "POST" and form.is_valid():
                    login(request, form.get_user())
                    return redirect(next_page(request))
                return render(request, "login.html", {"form": form})
        """),
    ),
    (
        "redirect",
        False,
        ("framework-object", "helper-same-file", "sanitizer-allowlist"),
        _src("""
            from django.contrib.auth import login
            from django.contrib.auth.forms import AuthenticationForm
            from django.shortcuts import redirect, render
            from django.utils.http import url_has_allowed_host_and_scheme


            def next_page(request) -> str:
                target = request.POST.get("next") or request.GET.get("next") or "/"
                if not url_has_allowed_host_and_scheme(
                    target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
                ):
                    return "/"
                return target


            def sign_in(request):
                form = AuthenticationForm(request, data=request.POST or None)
                if request.method == "POST" and form.is_valid():
                    login(request, form.get_user())
                    return redirect(next_page(request))
                return render(request, "login.html", {"form": form})
        """),
    ),
    (
        "deserialization",
        True,
        ("cookie", "helper-same-file"),
        _src("""
            import base64
            import pickle

            from flask import Flask, jsonify, request

            app = Flask(__name__)


            def load_cart(raw: str | None) -> list:
                if not raw:
                    return []
                return pickle.loads(base64.urlsafe_b64decode(raw.encode()))


            @app.route("/cart")
            def cart():
                items = load_cart(request.cookies.get("cart"))
                return jsonify(count=len(items))
        """),
    ),
    (
        "deserialization",
        False,
        ("cookie", "helper-same-file", "safe-api"),
        _src("""
            import base64
            import json

            from flask import Flask, jsonify, request

            app = Flask(__name__)


            def load_cart(raw: str | None) -> list:
                if not raw:
                    return []
                return json.loads(base64.urlsafe_b64decode(raw.encode()))


            @app.route("/cart")
            def cart():
                items = load_cart(request.cookies.get("cart"))
                return jsonify(count=len(items))
        """),
    ),
    (
        "xxe",
        True,
        ("framework-object", "field", "fqn-name"),
        _src("""
            from django.http import JsonResponse
            from lxml import etree


            class InvoiceImporter:
                def __init__(self) -> None:
                    self.parser = etree.XMLParser(resolve_entities=True, load_dtd=True)

                def totals(self, document: bytes) -> list[str]:
                    root = etree.fromstring(document, self.parser)
                    return [node.text for node in root.iter("total")]


            def import_invoices(request):
                importer = InvoiceImporter()
                return JsonResponse({"totals": importer.totals(request.FILES["invoice"].read())})
        """),
    ),
    (
        "xxe",
        False,
        ("framework-object", "field", "safe-config"),
        _src("""
            from django.http import JsonResponse
            from lxml import etree


            class InvoiceImporter:
                def __init__(self) -> None:
                    self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

                def totals(self, document: bytes) -> list[str]:
                    root = etree.fromstring(document, self.parser)
                    return [node.text for node in root.iter("total")]


            def import_invoices(request):
                importer = InvoiceImporter()
                return JsonResponse({"totals": importer.totals(request.FILES["invoice"].read())})
        """),
    ),
    (
        "trustbound",
        True,
        ("json-body", "helper-same-file", "collection-map"),
        _src("""
            from flask import Flask, jsonify, request, session

            app = Flask(__name__)


            def remember(preferences: dict) -> None:
                for key, value in preferences.items():
                    session[key] = value


            @app.route("/preferences", methods=["POST"])
            def save_preferences():
                remember(request.get_json())
                return jsonify(saved=True)
        """),
    ),
    (
        "trustbound",
        False,
        ("json-body", "helper-same-file", "sanitizer-allowlist"),
        _src("""
            from flask import Flask, jsonify, request, session

            app = Flask(__name__)
            CHOICES = {"theme": {"light", "dark"}, "density": {"compact", "comfortable"}}


            def remember(preferences: dict) -> None:
                for key, allowed in CHOICES.items():
                    value = preferences.get(key)
                    if value in allowed:
                        session[key] = str(value)


            @app.route("/preferences", methods=["POST"])
            def save_preferences():
                remember(request.get_json())
                return jsonify(saved=True)
        """),
    ),
    (
        "trustbound",
        True,
        ("header", "field"),
        _src("""
            from django.http import JsonResponse
            from django.views import View


            class ImpersonationView(View):
                header = "HTTP_X_ACT_AS"

                def post(self, request):
                    acting_as = request.META.get(self.header)
                    if acting_as:
                        request.session["acting_as"] = acting_as
                    return JsonResponse({"acting_as": request.session.get("acting_as")})
        """),
    ),
]
