import marshal

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_STATE = "7bda057468656d65da056c6967687430"


@app.route("/upload-config", methods=["POST"])
def upload_config():
    payload = request.get_json(force=True)
    document = payload["document"]
    candidates = [DEFAULT_STATE, "placeholder", document]
    candidates.pop(1)
    entry = candidates[1]
    settings = marshal.loads(bytes.fromhex(entry))
    return jsonify(result=str(settings))
