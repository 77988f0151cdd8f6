from dataclasses import dataclass

import ldap
from flask import Flask, jsonify, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


DEFAULT_UID = "jdoe"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_UID


def clean_value(raw: str) -> str:
    return escape_filter_chars(raw)


BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/find-person", methods=["POST"])
def find_person():
    mail = request.get_data(as_text=True)
    criteria = Criteria(value=mail)
    selected = criteria.value
    selected = clean_value(selected)
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + selected + ")")
    _, entries = client.result(msgid)
    return jsonify(result=len(entries))
