import ldap
from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/lookup-mail", methods=["GET"])
def lookup_mail():
    group = request.values.get("group", "")
    conf = RuntimeSettings(fallback=DEFAULT_UID)
    conf.put("requested", group)
    target_value = conf.value("requested")
    client = ldap.initialize("ldap://ldap.corp.example.com")
    escaped = escape_filter_chars(target_value)
    entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(cn={escaped})")
    return jsonify(result=len(entries))
