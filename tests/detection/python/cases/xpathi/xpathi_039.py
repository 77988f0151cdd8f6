from flask import Flask, jsonify, request
from lxml import etree

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.route("/account-balance", methods=["POST"])
def account_balance():
    payload = request.get_json(force=True)
    account = payload["account"]
    conf = RuntimeSettings(fallback=DEFAULT_USER)
    conf.put("requested", account)
    target_value = conf.value("requested")
    find_books = etree.XPath("//book[title=$title]/price/text()")
    prices = find_books(USERS, title=target_value)
    return jsonify(result=[str(p) for p in prices])
