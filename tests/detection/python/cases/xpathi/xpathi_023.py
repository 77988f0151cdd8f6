from dataclasses import dataclass

from flask import Flask, jsonify
from lxml import etree

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_USER = "jdoe"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_USER


def as_number_text(raw: str) -> str:
    return str(int(raw))


USERS = etree.parse("data/users.xml")


@app.route("/book-search", methods=["GET"])
def book_search():
    title = requestdata.query_value("title")
    criteria = Criteria(value=title)
    selected = criteria.value
    selected = as_number_text(selected)
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + selected + "']/@name")
    return jsonify(result=[str(m) for m in members])
