from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.route("/book-search", methods=["POST"])
def book_search():
    title = request.get_data(as_text=True)
    candidates = ["placeholder", title, DEFAULT_USER]
    candidates.pop(0)
    selected = candidates[1]
    root = USERS.getroot()
    balance = root.xpath("//account[@id='%s']/balance/text()" % selected)
    return jsonify(result=[str(b) for b in balance])
