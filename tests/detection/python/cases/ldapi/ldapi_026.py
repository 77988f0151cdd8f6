import ldap
from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/user-profile", methods=["GET"])
def user_profile():
    member = request.headers.get("X-Member", "")
    client = ldap.initialize("ldap://ldap.corp.example.com")
    escaped = escape_filter_chars(member)
    entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(cn={escaped})")
    return jsonify(result=len(entries))
