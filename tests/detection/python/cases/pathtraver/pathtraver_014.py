import os

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/get-attachment", methods=["GET"])
def get_attachment():
    attachment = requestdata.query_value("attachment")
    pending = []
    pending.append(attachment)
    item = pending.pop()
    present = os.path.exists(os.path.join(BASE_DIR, item))
    return jsonify(result=present)
