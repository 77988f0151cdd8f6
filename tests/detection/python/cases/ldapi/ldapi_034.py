from flask import Flask, jsonify, request
from ldap3 import Connection, Server

from benchlib.inputs import escape_ldap

app = Flask(__name__)


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/directory-search", methods=["GET"])
def directory_search():
    member = request.cookies.get("member", "")
    member = escape_ldap(member)
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(member)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return jsonify(result=len(conn.entries))
