from flask import Flask, jsonify
from ldap3 import Connection, Server

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/directory-search", methods=["GET"])
def directory_search():
    login = requestdata.query_value("login")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = login
        case "B":
            item = DEFAULT_UID
        case _:
            item = login
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    results = conn.extend.standard.paged_search(
        BASE_DN, f"(|(uid={item})(mail={item}))", attributes=["cn"], generator=False
    )
    return jsonify(result=len(results))
