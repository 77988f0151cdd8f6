from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.route("/account-balance", methods=["GET"])
def account_balance():
    account = request.values.get("account", "")
    if 7 * 3 < 2:
        target_value = account
    else:
        target_value = DEFAULT_USER
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + target_value + "']/@name")
    return jsonify(result=[str(m) for m in members])
