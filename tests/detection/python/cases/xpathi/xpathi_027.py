import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


USERS = etree.parse("data/users.xml")


@app.route("/catalog-entry", methods=["GET"])
def catalog_entry():
    isbn = request.cookies.get("isbn", "")
    buffer = io.StringIO()
    buffer.write(isbn)
    item = buffer.getvalue()
    find_books = etree.XPath(f"//book[title='{item}']/price/text()")
    prices = find_books(USERS)
    return jsonify(result=[str(p) for p in prices])
