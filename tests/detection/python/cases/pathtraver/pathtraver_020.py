import codecs
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/get-attachment", methods=["GET"])
def get_attachment():
    attachment = request.values.get("attachment", "")
    path = os.path.normpath(os.path.join(BASE_DIR, attachment))
    if os.path.commonpath([BASE_DIR, path]) != BASE_DIR:
        abort(400)
    with codecs.open(path, encoding="utf-8") as handle:
        content = handle.read()
    return jsonify(result=content)
