"""Examples for securetag/scanning/rules/python/web.yaml (read by `semgrep --test`)."""

import codecs
import configparser
import html
import io
import os
import pickle
import re
import shlex
import sqlite3
import subprocess
import urllib.request
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax
import xml.sax.handler
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlparse

import httpx
import jinja2
import ldap
import ldap3
import requests
import yaml
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from fastapi import Depends, FastAPI, Query
from fastapi.responses import HTMLResponse, RedirectResponse
from flask import (
    Flask,
    Response,
    jsonify,
    make_response,
    redirect,
    render_template,
    render_template_string,
    request,
    send_file,
    send_from_directory,
    session,
    url_for,
)
from ldap3.utils.conv import escape_filter_chars
from lxml import etree
from markupsafe import Markup, escape
from sqlalchemy import text
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOADS = "/srv/uploads"
BASE_DIR = Path("/srv/files")
ALLOWED_HOSTS = {"api.example.com"}
ALLOWED_TOOLS = ("ping", "uptime")


# --- SQL injection ---------------------------------------------------------------------


@app.route("/users")
def find_user():
    name = request.args.get("name", "")
    cursor = sqlite3.connect("app.db").cursor()
    # ruleid: securetag.python.web.sqli
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ruleid: securetag.python.web.sqli
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)  # noqa: UP031
    # ok: securetag.python.web.sqli
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    return jsonify(cursor.fetchall())


@app.route("/users/<user_id>")
def get_user(user_id):
    cursor = sqlite3.connect("app.db").cursor()
    # ruleid: securetag.python.web.sqli
    cursor.execute("SELECT * FROM users WHERE id = " + user_id)
    # ok: securetag.python.web.sqli
    cursor.execute("SELECT * FROM users WHERE id = " + str(int(user_id)))
    return jsonify(cursor.fetchone())


@app.route("/orders", methods=["POST"])
def orders():
    body = request.get_json()
    settings = configparser.ConfigParser()
    settings.add_section("query")
    settings.set("query", "status", body["status"])
    status = settings.get("query", "status")
    conn = sqlite3.connect("app.db")
    # ruleid: securetag.python.web.sqli
    conn.execute("SELECT * FROM orders WHERE status = '" + status + "'")
    columns = []
    columns.append(request.cookies.get("sort", "id"))
    # ruleid: securetag.python.web.sqli
    conn.execute("SELECT * FROM orders ORDER BY " + columns[0])
    order = request.args.get("order", "asc")
    if order not in ("asc", "desc"):
        return "bad order", 400
    # ok: securetag.python.web.sqli
    conn.execute("SELECT * FROM orders ORDER BY id " + order)
    prefix = request.headers.get("X-Prefix", "")
    # ruleid: securetag.python.web.sqli
    conn.execute("SELECT * FROM orders WHERE ref LIKE '" + prefix[1:] + "%'")
    return "ok"


@app.route("/report")
def report():
    param = request.args.get("q", "")
    num = 86
    if (7 * 42) - num > 200:  # noqa: SIM108
        bar = "constant"
    else:
        bar = param
    conn = sqlite3.connect("app.db")
    # ok: securetag.python.web.sqli
    conn.execute("SELECT * FROM t WHERE a = '" + bar + "'")
    guard = "constant" if 3 > 1 else param
    # ok: securetag.python.web.sqli
    conn.execute("SELECT * FROM t WHERE a = '" + guard + "'")
    return "ok"


@api.get("/items/{item_id}")
async def read_item(item_id: str, limit: int = 10, db=Depends(object)):  # noqa: B008
    # ruleid: securetag.python.web.sqli
    rows = db.execute(text(f"SELECT * FROM items WHERE id = '{item_id}'"))
    # ok: securetag.python.web.sqli
    rows = db.execute(text("SELECT * FROM items LIMIT " + str(limit)))
    # ok: securetag.python.web.sqli
    rows = db.execute(text("SELECT * FROM items WHERE id = :id"), {"id": item_id})
    return list(rows)


def django_search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        # ruleid: securetag.python.web.sqli
        cursor.execute("SELECT * FROM app_item WHERE name LIKE '%%" + term + "%%'")
        # ok: securetag.python.web.sqli
        cursor.execute("SELECT * FROM app_item WHERE name LIKE %s", ["%" + term + "%"])
    return HttpResponse("done")


# --- OS command injection --------------------------------------------------------------


@app.route("/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    # ruleid: securetag.python.web.command-injection
    os.system("ping -c 1 " + host)
    # ruleid: securetag.python.web.command-injection
    subprocess.run(f"ping -c 1 {host}", shell=True, check=False)
    # ruleid: securetag.python.web.command-injection
    subprocess.check_output(["sh", "-c", "nslookup " + host])
    # ok: securetag.python.web.command-injection
    subprocess.run(["ping", "-c", "1", host], check=False)
    # ok: securetag.python.web.command-injection
    os.system("ping -c 1 " + shlex.quote(host))
    tool = request.args.get("tool", "")
    # ruleid: securetag.python.web.command-injection
    subprocess.run([tool, "--version"], check=False)
    if tool in ALLOWED_TOOLS:
        # ok: securetag.python.web.command-injection
        subprocess.run(tool, shell=True, check=False)
    return "sent"


def django_convert(request, name):
    # ruleid: securetag.python.web.command-injection
    os.popen("convert " + name + " out.png")
    # ok: securetag.python.web.command-injection
    os.popen("convert in.png out.png")
    return HttpResponse("converted")


# --- code injection --------------------------------------------------------------------


@app.route("/calc")
def calc():
    expression = request.args["expr"]
    # ruleid: securetag.python.web.code-injection
    result = eval(expression)
    # ok: securetag.python.web.code-injection
    constant = eval("1 + 1")
    # ruleid: securetag.python.web.code-injection
    exec("value = " + expression)
    # ok: securetag.python.web.code-injection
    exec("value = " + repr(expression))
    return jsonify(result=str(result), constant=constant)


# --- template injection ----------------------------------------------------------------


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: securetag.python.web.ssti
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ok: securetag.python.web.ssti
    page = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ruleid: securetag.python.web.ssti
    jinja2.Template(f"Dear {name}").render()
    # ruleid: securetag.python.web.ssti
    jinja2.Environment().from_string(name).render()
    return page


# --- path traversal --------------------------------------------------------------------


@app.route("/files/<name>")
def download(name):
    # ruleid: securetag.python.web.path-traversal
    data = open(os.path.join(UPLOADS, name)).read()  # noqa: SIM115
    # ruleid: securetag.python.web.path-traversal
    codecs.open(UPLOADS + "/" + name, encoding="utf-8")  # noqa: SIM115
    # ruleid: securetag.python.web.path-traversal
    exists = os.path.exists(name)
    # ruleid: securetag.python.web.path-traversal
    (BASE_DIR / name).read_text()
    # ruleid: securetag.python.web.path-traversal
    send_file(os.path.join(UPLOADS, name))
    # ok: securetag.python.web.path-traversal
    open(os.path.join(UPLOADS, secure_filename(name))).read()  # noqa: SIM115
    # ok: securetag.python.web.path-traversal
    open(os.path.join(UPLOADS, os.path.basename(name))).read()  # noqa: SIM115
    # ok: securetag.python.web.path-traversal
    send_from_directory(UPLOADS, name)
    return data + str(exists)


@app.route("/docs")
def docs():
    wanted = request.args.get("path", "")
    full = os.path.realpath(os.path.join(UPLOADS, wanted))
    if not full.startswith(UPLOADS + os.sep):
        return "forbidden", 403
    # ok: securetag.python.web.path-traversal
    return send_file(full)


@app.route("/docs-resolved")
def docs_resolved():
    wanted = request.args.get("path", "")
    root = Path(UPLOADS).resolve()
    target = (root / wanted).resolve()
    # ruleid: securetag.python.web.path-traversal
    target.stat()
    if not target.is_relative_to(root):
        return "forbidden", 403
    # ok: securetag.python.web.path-traversal
    data = target.read_text()
    return "ok" if data else "empty"


@app.route("/report-settings")
def report_settings():
    settings = configparser.ConfigParser(interpolation=None)
    settings["files"] = {"default": "readme.txt"}
    settings.set("files", "requested", request.args.get("name", ""))
    # ruleid: securetag.python.web.path-traversal
    open(settings.get("files", "requested")).close()
    # ok: securetag.python.web.path-traversal
    open(settings.get("files", "default")).close()
    settings["uploads"] = {"default": request.args.get("upload", "")}
    settings.set("uploads", "requested", request.args.get("name", ""))
    # ruleid: securetag.python.web.path-traversal
    open(settings.get("uploads", "default")).close()
    settings.read_string(request.get_data(as_text=True))
    # ruleid: securetag.python.web.path-traversal
    open(settings.get("files", "default")).close()
    return "ok"


class SettingsStore:
    def __init__(self, **defaults: str) -> None:
        self.values = dict(defaults)

    def put(self, key: str, value: str) -> None:
        self.values[key] = value

    def value(self, key: str) -> str:
        return self.values[key]


@app.route("/report-options")
def report_options():
    options = {"default": "readme.txt", "backup": request.args.get("backup", "")}
    options["requested"] = request.args.get("name", "")
    # ok: securetag.python.web.path-traversal
    open(options["default"]).close()
    # ruleid: securetag.python.web.path-traversal
    open(options["requested"]).close()
    # ruleid: securetag.python.web.path-traversal
    open(options.get("backup")).close()
    # ruleid: securetag.python.web.path-traversal
    open(options["backup"]).close()
    return "ok"


@app.route("/report-candidates")
def report_candidates():
    candidates = ["placeholder", request.args.get("name", ""), "readme.txt"]
    candidates.pop(0)
    # ok: securetag.python.web.path-traversal
    open(candidates[1]).close()
    # ruleid: securetag.python.web.path-traversal
    open(candidates[0]).close()
    return "ok"


@app.route("/report-store")
def report_store():
    store = SettingsStore(default="readme.txt")
    store.put("requested", request.args.get("name", ""))
    # ok: securetag.python.web.path-traversal
    open(store.value("default")).close()
    # ruleid: securetag.python.web.path-traversal
    open(store.value("requested")).close()
    return "ok"


def django_remove(request):
    # ruleid: securetag.python.web.path-traversal
    os.remove(os.path.join(UPLOADS, request.POST["name"]))
    return HttpResponse("removed")


# --- SSRF ------------------------------------------------------------------------------


@app.route("/fetch")
def fetch():
    url = request.args.get("url", "")
    # ruleid: securetag.python.web.ssrf
    requests.get(url, timeout=5)
    # ruleid: securetag.python.web.ssrf
    urllib.request.urlopen(url)
    with httpx.Client() as client:
        # ruleid: securetag.python.web.ssrf
        client.get(url)
    # ok: securetag.python.web.ssrf
    requests.get("https://api.example.com/status", params={"q": url}, timeout=5)
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ok: securetag.python.web.ssrf
    requests.get(url, timeout=5)
    return "fetched"


# --- XSS -------------------------------------------------------------------------------


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: securetag.python.web.xss
    return "<p>Hello " + name + "</p>"


@app.route("/hello-escaped")
def hello_escaped():
    name = request.args.get("name", "")
    # ok: securetag.python.web.xss
    return "<p>Hello " + str(escape(name)) + "</p>"


@app.route("/hello-json")
def hello_json():
    # ok: securetag.python.web.xss
    return jsonify(name=request.args.get("name", ""))


@app.route("/card")
def card():
    title = request.args.get("title", "")
    # ruleid: securetag.python.web.xss
    make_response(f"<h2>{title}</h2>")
    # ruleid: securetag.python.web.xss
    Markup("<b>" + title + "</b>")
    # ok: securetag.python.web.xss
    Response(title, mimetype="text/plain")
    # ok: securetag.python.web.xss
    make_response(render_template("card.html", title=title))
    # ok: securetag.python.web.xss
    return Response("<h2>" + html.escape(title) + "</h2>")


def django_profile(request, username):
    # ruleid: securetag.python.web.xss
    HttpResponse("<h1>" + username + "</h1>")
    # ruleid: securetag.python.web.xss
    mark_safe("<i>" + request.GET["bio"] + "</i>")
    # ok: securetag.python.web.xss
    return HttpResponse(format_html("<h1>{}</h1>", username))


@api.get("/page", response_class=HTMLResponse)
def page(title: str = Query("")):
    # ruleid: securetag.python.web.xss
    return HTMLResponse("<title>" + title + "</title>")


# --- open redirect ---------------------------------------------------------------------


@app.route("/login")
def login():
    target = request.args.get("next", "/")
    if request.args.get("fixed"):
        # ok: securetag.python.web.open-redirect
        return redirect(url_for("index"))
    # ruleid: securetag.python.web.open-redirect
    return redirect(target)


@app.route("/login-checked")
def login_checked():
    target = request.args.get("next", "/")
    if urlparse(target).netloc not in ("", "www.example.com"):
        target = "/"
    # ok: securetag.python.web.open-redirect
    return redirect(target)


def django_next(request):
    # ruleid: securetag.python.web.open-redirect
    return HttpResponseRedirect(request.GET.get("next", "/"))


def django_home(request):
    # ok: securetag.python.web.open-redirect
    return django_redirect("/home")


def django_location(request):
    response = HttpResponse(status=302)
    # ruleid: securetag.python.web.open-redirect
    response["Location"] = request.GET.get("next", "/")
    return response


def django_location_home(request):
    response = HttpResponse(status=302)
    # ok: securetag.python.web.open-redirect
    response["Location"] = "/home"
    return response


@api.get("/go")
def go(to: str):
    # ruleid: securetag.python.web.open-redirect
    return RedirectResponse(to)


# --- LDAP injection --------------------------------------------------------------------


def directory_connection():
    return ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


@app.route("/people")
def people():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    # ruleid: securetag.python.web.ldap-injection
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    directory = directory_connection()
    # ruleid: securetag.python.web.ldap-injection
    directory.search("dc=example,dc=com", f"(cn={uid})")
    # ok: securetag.python.web.ldap-injection
    directory.search("dc=example,dc=com", "(cn=" + escape_filter_chars(uid) + ")")
    # ok: securetag.python.web.ldap-injection
    re.search("[a-z]+", uid)
    return "ok"


# --- XPath injection -------------------------------------------------------------------


@app.route("/catalog")
def catalog():
    product = request.args.get("product", "")
    tree = etree.parse("catalog.xml")
    # ruleid: securetag.python.web.xpath-injection
    tree.xpath("//product[@name='" + product + "']")
    # ok: securetag.python.web.xpath-injection
    tree.xpath("//product[@name=$name]", name=product)
    root = ET.parse("catalog.xml").getroot()
    # ruleid: securetag.python.web.xpath-injection
    root.findall(".//product[@name='" + product + "']")
    # ok: securetag.python.web.xpath-injection
    product.find("'")
    evaluate = etree.XPathEvaluator(tree)
    # ruleid: securetag.python.web.xpath-injection
    evaluate("//product[@name='" + product + "']")
    return "ok"


@app.route("/catalog-quoted")
def catalog_quoted():
    product = request.args.get("product", "")
    if "'" in product or '"' in product:
        return "bad request", 400
    tree = etree.parse("catalog.xml")
    # ok: securetag.python.web.xpath-injection
    tree.xpath(f"//product[@name='{product}']")
    return "ok"


# --- deserialization -------------------------------------------------------------------


@app.route("/restore", methods=["POST"])
def restore():
    # ruleid: securetag.python.web.insecure-deserialization
    state = pickle.loads(request.get_data())
    # ruleid: securetag.python.web.insecure-deserialization
    config = yaml.load(request.form["config"], Loader=yaml.Loader)
    # ok: securetag.python.web.insecure-deserialization
    safe = yaml.safe_load(request.form["config"])
    # ok: securetag.python.web.insecure-deserialization
    cached = pickle.loads(open("cache.bin", "rb").read())  # noqa: SIM115
    return jsonify(state=str(state), config=str(config), safe=str(safe), cached=str(cached))


# --- XML external entities -----------------------------------------------------------

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.route("/import", methods=["POST"])
def import_document():
    document = request.form["document"]
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: securetag.python.web.xxe
    root = etree.fromstring(document.encode(), parser)
    # ok: securetag.python.web.xxe
    etree.fromstring(DEFAULT_DOCUMENT.encode(), parser)
    safe_parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: securetag.python.web.xxe
    etree.fromstring(document.encode(), safe_parser)
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: securetag.python.web.xxe
    xml.dom.minidom.parseString(document, sax_parser)
    return jsonify(result=root.tag)


def django_import(request):
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(xml.sax.handler.feature_external_ges, False)
    # ok: securetag.python.web.xxe
    xml.dom.minidom.parseString(request.body, sax_parser)
    return HttpResponse("ok")


# --- trust boundary --------------------------------------------------------------------


@app.route("/remember", methods=["POST"])
def remember():
    # ruleid: securetag.python.web.trust-boundary
    session["user"] = request.form["user"]
    # ruleid: securetag.python.web.trust-boundary
    session[request.args.get("key", "k")] = "value"
    # ok: securetag.python.web.trust-boundary
    session["theme"] = "dark"
    # ok: securetag.python.web.trust-boundary
    session["page"] = int(request.args.get("page", "1"))
    return "ok"


def django_remember(request):
    # ruleid: securetag.python.web.trust-boundary
    request.session["cart"] = request.POST.get("cart")
    return HttpResponse("ok")


# --- the standard library's HTTP server ------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = self.path.split("=", 1)[-1]
        # ruleid: securetag.python.web.command-injection
        os.system("echo " + name)
        buffer = io.StringIO()
        buffer.write(self.headers.get("X-Name", ""))
        # ruleid: securetag.python.web.xss
        self.wfile.write(("<p>" + buffer.getvalue() + "</p>").encode())
        # ok: securetag.python.web.xss
        self.wfile.write(html.escape(name).encode())
