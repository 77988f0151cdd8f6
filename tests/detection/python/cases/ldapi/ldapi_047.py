from flask import Flask, abort, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/resolve-login", methods=["GET"])
def resolve_login():
    uid = request.args.get("uid", "")
    if not uid.isalnum():
        abort(400)
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(uid)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return jsonify(result=len(conn.entries))
