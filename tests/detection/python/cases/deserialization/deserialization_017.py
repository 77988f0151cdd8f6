import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/resume-wizard", methods=["POST"])
def resume_wizard():
    snapshot = request.form["snapshot"]
    config = yaml.unsafe_load(snapshot)
    return jsonify(result=str(config))
