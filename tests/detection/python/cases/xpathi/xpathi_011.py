from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


USERS = etree.parse("data/users.xml")


@app.route("/user-details", methods=["POST"])
def user_details():
    username = request.get_data(as_text=True)
    value = tidy(username)
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + value + "']/@name")
    return jsonify(result=[str(m) for m in members])
