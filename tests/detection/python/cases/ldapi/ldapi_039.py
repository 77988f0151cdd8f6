import configparser

from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/find-person", methods=["POST"])
def find_person():
    mail = request.form["mail"]
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_UID}
    settings.set("lookup", "requested", mail)
    selected = settings.get("lookup", "requested")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + selected + ")", attributes=["cn", "mail"])
    return jsonify(result=[str(e.cn) for e in conn.entries])
