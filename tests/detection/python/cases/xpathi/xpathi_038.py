from flask import Flask, jsonify
from lxml import etree

app = Flask(__name__)


USERS = etree.parse("data/users.xml")


@app.route("/user-details/<username>", methods=["GET"])
def user_details(username):
    nodes = USERS.xpath("//user[@name='" + username + "']/email/text()")
    return jsonify(result=[str(n) for n in nodes])
