from flask import Flask, jsonify
from ldap3 import Connection, Server

from benchlib import requestdata
from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/lookup-mail", methods=["GET"])
def lookup_mail():
    group = requestdata.query_value("group")
    conf = RuntimeSettings(fallback=DEFAULT_UID)
    conf.put("requested", group)
    target_value = conf.value("requested")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(target_value)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return jsonify(result=len(conn.entries))
