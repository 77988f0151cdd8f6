import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/resume-wizard", methods=["POST"])
def resume_wizard():
    snapshot = request.get_data(as_text=True)
    buffer = io.StringIO()
    buffer.write(snapshot)
    item = buffer.getvalue()
    data = pickle.Unpickler(io.BytesIO(base64.urlsafe_b64decode(item))).load()
    return jsonify(result=str(data))
