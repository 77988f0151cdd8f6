import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/group-members", methods=["POST"])
def group_members():
    uid = request.get_data(as_text=True)
    client = ldap.initialize("ldap://ldap.corp.example.com")
    entries = client.search_s(
        BASE_DN, ldap.SCOPE_SUBTREE, f"(memberOf=cn={uid},ou=groups,dc=example,dc=com)"
    )
    return jsonify(result=[dn for dn, _ in entries])
