import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/upload-config", methods=["POST"])
def upload_config():
    document = request.form["document"]
    entry = "{}".format(document).strip()
    config = yaml.load(entry, Loader=yaml.SafeLoader)
    return jsonify(result=config)
