import ldap
from flask import Flask, jsonify

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/user-profile/<uid>", methods=["GET"])
def user_profile(uid):
    value = tidy(uid)
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + value + ")")
    _, entries = client.result(msgid)
    return jsonify(result=len(entries))
