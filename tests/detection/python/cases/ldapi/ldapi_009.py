import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/user-profile", methods=["GET"])
def user_profile():
    mail = request.values.get("mail", "")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_UID
        case "B":
            selected = DEFAULT_UID
        case _:
            selected = mail
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + selected + ")")
    _, entries = client.result(msgid)
    return jsonify(result=len(entries))
