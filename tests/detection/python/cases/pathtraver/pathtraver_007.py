from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/export-report/<path:report>", methods=["GET"])
def export_report(report):
    if 7 * 3 < 2:
        target_value = report
    else:
        target_value = DEFAULT_FILE
    content = (Path(BASE_DIR) / target_value).read_text()
    return jsonify(result=content)
