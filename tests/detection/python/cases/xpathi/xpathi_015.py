from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)


USERS = etree.parse("data/users.xml")


@app.route("/user-details", methods=["POST"])
def user_details():
    username = request.form["username"]
    if "'" in username or '"' in username:
        abort(400)
    find_books = etree.XPath(f"//book[title='{username}']/price/text()")
    prices = find_books(USERS)
    return jsonify(result=[str(p) for p in prices])
