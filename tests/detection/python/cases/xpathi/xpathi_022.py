from flask import Flask, jsonify
from lxml import etree

from benchlib import requestdata

app = Flask(__name__)


USERS = etree.parse("data/users.xml")


@app.route("/user-details", methods=["GET"])
def user_details():
    username = requestdata.query_value("username")
    root = USERS.getroot()
    balance = root.xpath("//account[@id='%s']/balance/text()" % username)
    return jsonify(result=[str(b) for b in balance])
