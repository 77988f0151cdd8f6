import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/upload-config", methods=["POST"])
def upload_config():
    document = request.get_data(as_text=True)
    config = yaml.load(document, Loader=yaml.SafeLoader)
    return jsonify(result=config)
