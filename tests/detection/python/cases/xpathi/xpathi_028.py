from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.route("/book-search", methods=["POST"])
def book_search():
    payload = request.get_json(force=True)
    title = payload["title"]
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_USER
        case "B":
            selected = DEFAULT_USER
        case _:
            selected = title
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + selected + "']/@name")
    return jsonify(result=[str(m) for m in members])
