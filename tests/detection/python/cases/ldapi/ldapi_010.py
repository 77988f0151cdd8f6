from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/lookup-mail", methods=["GET"])
def lookup_mail():
    member = request.args.get("member", "")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(member)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return jsonify(result=len(conn.entries))
