import jsonpickle
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_STATE = '{"theme": "light"}'


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_STATE


@app.route("/upload-config", methods=["POST"])
def upload_config():
    document = request.get_data(as_text=True)
    entry = LookupRequest(document).origin
    obj = jsonpickle.decode(entry)
    return jsonify(result=str(obj))
