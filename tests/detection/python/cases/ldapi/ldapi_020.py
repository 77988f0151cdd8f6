from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/find-person", methods=["GET"])
def find_person():
    uid = request.cookies.get("uid", "")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + uid + ")", attributes=["cn", "mail"])
    return jsonify(result=[str(e.cn) for e in conn.entries])
