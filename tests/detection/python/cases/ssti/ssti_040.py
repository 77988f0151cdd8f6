from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)


@app.route("/signature-preview", methods=["POST"])
def signature_preview():
    signature = request.get_data(as_text=True)
    html = render_template_string('<div class="motd">{{ motd }}</div>', motd=signature)
    return jsonify(result=html)
