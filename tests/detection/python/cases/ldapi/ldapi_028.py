import ldap
from flask import Flask, jsonify

app = Flask(__name__)


DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/find-person/<mail>", methods=["GET"])
def find_person(mail):
    candidates = ["placeholder", mail, DEFAULT_UID]
    candidates.pop(0)
    selected = candidates[1]
    client = ldap.initialize("ldap://ldap.corp.example.com")
    entries = client.search_s(
        BASE_DN, ldap.SCOPE_SUBTREE, f"(memberOf=cn={selected},ou=groups,dc=example,dc=com)"
    )
    return jsonify(result=[dn for dn, _ in entries])
