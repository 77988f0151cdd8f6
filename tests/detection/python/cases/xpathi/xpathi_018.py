from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_USER = "jdoe"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_USER


@app.route("/role-members", methods=["GET"])
def role_members():
    role = request.cookies.get("role", "")
    entry = LookupRequest(role).origin
    with open("data/accounts.xml", "rb") as handle:
        doc = etree.fromstring(handle.read())
    owner = doc.xpath(f"string(//account[owner='{entry}']/@id)")
    return jsonify(result=str(owner))
