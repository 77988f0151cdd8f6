from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


DEFAULT_UID = "jdoe"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_UID


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/directory-search", methods=["GET"])
def directory_search():
    member = request.headers.get("X-Member", "")
    entry = LookupRequest(member).origin
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    results = conn.extend.standard.paged_search(
        BASE_DN, f"(|(uid={entry})(mail={entry}))", attributes=["cn"], generator=False
    )
    return jsonify(result=len(results))
