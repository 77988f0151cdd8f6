from flask import Flask, jsonify, render_template_string

from benchlib.textutil import truncate

app = Flask(__name__)


@app.route("/signature-preview/<signature>", methods=["GET"])
def signature_preview(signature):
    item = truncate(signature, 128)
    html = render_template_string('<div class="motd">{{ motd }}</div>', motd=item)
    return jsonify(result=html)
