from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
EXPORTS = Path("/srv/exports")


@app.route("/exports", methods=["POST"])
def save_export():
    target = EXPORTS.joinpath(request.form["name"]).with_suffix(".csv")
    target.write_text(request.form["content"])
    return {"saved": target.name}
