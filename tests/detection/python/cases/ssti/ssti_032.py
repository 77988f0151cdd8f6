from flask import Flask, jsonify, request
from mako.template import Template as MakoTemplate

app = Flask(__name__)


@app.route("/signature-preview", methods=["GET"])
def signature_preview():
    signature = request.values.get("signature", "")
    pending = []
    pending.append(signature)
    item = pending.pop()
    html = MakoTemplate("<span>" + item + "</span>").render()
    return jsonify(result=html)
