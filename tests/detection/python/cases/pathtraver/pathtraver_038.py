import io

from flask import Flask, jsonify, request

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/export-report", methods=["POST"])
def export_report():
    report = request.form["report"]
    target_value = " ".join(report.split())
    with io.open(f"{BASE_DIR}/{target_value}", "rb") as handle:
        size = len(handle.read())
    return jsonify(result=size)
