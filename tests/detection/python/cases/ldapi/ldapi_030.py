import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/group-members", methods=["POST"])
def group_members():
    group = request.form["group"]
    if 7 * 3 < 2:
        target_value = group
    else:
        target_value = DEFAULT_UID
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + target_value + ")")
    _, entries = client.result(msgid)
    return jsonify(result=len(entries))
