"""Examples for securetag/scanning/rules/python/flask.yaml (read by `semgrep --test`)."""

import html
import os
import shlex
import sqlite3
import subprocess

import jinja2
import ldap
import ldap.filter
import ldap3
import requests
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
    url_for,
)
from lxml import etree
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/users")
def find_user():
    name = request.args.get("name", "")
    cursor = sqlite3.connect("app.db").cursor()
    # ruleid: securetag.python.flask.sqli
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ruleid: securetag.python.flask.sqli
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)  # noqa: UP031
    # ok: securetag.python.flask.sqli
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    return jsonify(cursor.fetchall())


@app.route("/users/<user_id>")
def get_user(user_id):
    cursor = sqlite3.connect("app.db").cursor()
    # ruleid: securetag.python.flask.sqli
    cursor.execute("SELECT * FROM users WHERE id = " + user_id)
    # ok: securetag.python.flask.sqli
    cursor.execute("SELECT * FROM users WHERE id = " + str(int(user_id)))
    return jsonify(cursor.fetchone())


@app.route("/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    # ruleid: securetag.python.flask.command-injection
    os.system("ping -c 1 " + host)
    # ruleid: securetag.python.flask.command-injection
    subprocess.run(f"ping -c 1 {host}", shell=True, check=False)
    # ruleid: securetag.python.flask.command-injection
    subprocess.check_output(["sh", "-c", "nslookup " + host])
    # ok: securetag.python.flask.command-injection
    subprocess.run(["ping", "-c", "1", host], check=False)
    # ok: securetag.python.flask.command-injection
    os.system("ping -c 1 " + shlex.quote(host))
    return "sent"


@app.route("/calc")
def calc():
    expression = request.args["expr"]
    # ruleid: securetag.python.flask.code-injection
    result = eval(expression)
    # ok: securetag.python.flask.code-injection
    constant = eval("1 + 1")
    return jsonify(result=result, constant=constant)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: securetag.python.flask.ssti
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ok: securetag.python.flask.ssti
    safe_page = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ruleid: securetag.python.flask.ssti
    jinja2.Template(request.data.decode())
    return page + safe_page


@app.route("/files/<name>")
def download(name):
    # ruleid: securetag.python.flask.path-traversal
    with open(os.path.join(UPLOADS, name)) as handle:
        content = handle.read()
    # ok: securetag.python.flask.path-traversal
    with open(os.path.join(UPLOADS, secure_filename(name))) as handle:
        content += handle.read()
    return content


@app.route("/raw")
def raw_file():
    # ruleid: securetag.python.flask.path-traversal
    return send_file(request.args["path"])


@app.route("/static-file")
def static_file():
    # ok: securetag.python.flask.path-traversal
    return send_from_directory(UPLOADS, request.args["path"])


@app.route("/fetch")
def fetch():
    target = request.args["url"]
    # ruleid: securetag.python.flask.ssrf
    body = requests.get(target, timeout=5).text
    # ok: securetag.python.flask.ssrf
    status = requests.get("https://status.example.com/health", timeout=5).text
    return jsonify(body=body, status=status)


@app.route("/hello/<name>")
def hello(name):
    # ruleid: securetag.python.flask.xss
    return f"<p>Hello {name}</p>"


@app.route("/search")
def search():
    query = request.args.get("q", "")
    # ruleid: securetag.python.flask.xss
    response = make_response("<p>No results for " + query + "</p>")
    # ok: securetag.python.flask.xss
    make_response("<p>No results for " + html.escape(query) + "</p>")
    # ruleid: securetag.python.flask.xss
    Markup("<b>%s</b>" % query)  # noqa: UP031
    # ok: securetag.python.flask.xss
    Response(escape(query))
    return response


@app.route("/profile")
def profile():
    # ok: securetag.python.flask.xss
    return render_template("profile.html", name=request.args.get("name"))


@app.route("/api/echo")
def echo():
    # ok: securetag.python.flask.xss
    return {"echo": request.args.get("value")}


@app.route("/login")
def login_done():
    target = request.args.get("next", "/")
    if is_safe_url(target):
        # ok: securetag.python.flask.open-redirect
        return redirect(target)
    # ruleid: securetag.python.flask.open-redirect
    return redirect(target)


@app.route("/logout")
def logout():
    # ok: securetag.python.flask.open-redirect
    return redirect(url_for("find_user", name=request.args.get("name")))


def is_safe_url(target: str) -> bool:
    return target.startswith("/") and not target.startswith("//")


@app.route("/directory")
def directory():
    uid = request.args["uid"]
    conn = ldap.initialize("ldap://ldap.example.com")
    # ruleid: securetag.python.flask.ldap-injection
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    # ok: securetag.python.flask.ldap-injection
    conn.search_s(
        "dc=example,dc=com",
        ldap.SCOPE_SUBTREE,
        "(uid=" + ldap.filter.escape_filter_chars(uid) + ")",
    )
    server_conn = ldap3.Connection("ldap://ldap.example.com")
    # ruleid: securetag.python.flask.ldap-injection
    server_conn.search("dc=example,dc=com", f"(mail={request.args['mail']})")
    return "done"


@app.route("/catalog")
def catalog():
    tree = etree.parse("catalog.xml")
    title = request.args["title"]
    # ruleid: securetag.python.flask.xpath-injection
    books = tree.xpath("//book[title='" + title + "']")
    # ok: securetag.python.flask.xpath-injection
    books += tree.xpath("//book[title=$title]", title=title)
    return jsonify([book.text for book in books])


def main() -> None:
    # ruleid: securetag.python.flask.debug-enabled
    app.run(host="0.0.0.0", debug=True)
    # ok: securetag.python.flask.debug-enabled
    app.run(host="127.0.0.1", debug=False)
