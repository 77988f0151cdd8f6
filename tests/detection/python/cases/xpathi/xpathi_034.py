from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


USERS = etree.parse("data/users.xml")


@app.route("/role-members", methods=["GET"])
def role_members():
    role = request.cookies.get("role", "")
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role=$role]/@name", role=role)
    return jsonify(result=[str(m) for m in members])
