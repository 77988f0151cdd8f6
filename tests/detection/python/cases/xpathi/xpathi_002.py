from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_USER = "jdoe"


RECENT_LOOKUPS: list[str] = []


USERS = etree.parse("data/users.xml")


@app.route("/user-details", methods=["GET"])
def user_details():
    username = request.args.get("username", "")
    RECENT_LOOKUPS.append("requested:" + username)
    value = DEFAULT_USER
    find_books = etree.XPath(f"//book[title='{value}']/price/text()")
    prices = find_books(USERS)
    return jsonify(result=[str(p) for p in prices])
