import codecs

from flask import Flask, jsonify, request

from benchlib.textutil import truncate

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/download", methods=["GET"])
def download():
    report = request.values.get("report", "")
    target_value = truncate(report, 128)
    with codecs.open(BASE_DIR + "/" + target_value, encoding="utf-8") as handle:
        content = handle.read()
    return jsonify(result=content)
