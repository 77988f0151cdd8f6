from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


USERS = etree.parse("data/users.xml")


@app.route("/role-members", methods=["POST"])
def role_members():
    role = request.form["role"]
    find_books = etree.XPath(f"//book[title='{role}']/price/text()")
    prices = find_books(USERS)
    return jsonify(result=[str(p) for p in prices])
