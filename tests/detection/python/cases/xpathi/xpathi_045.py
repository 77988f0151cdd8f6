import configparser

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.route("/book-search", methods=["GET"])
def book_search():
    title = request.values.get("title", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_USER}
    settings.set("lookup", "requested", title)
    selected = settings.get("lookup", "requested")
    nodes = USERS.xpath("//user[@name='" + selected + "']/email/text()")
    return jsonify(result=[str(n) for n in nodes])
