from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)


@app.route("/render-title", methods=["GET"])
def render_title():
    title = request.args.get("title", "")
    target_value = " ".join(title.split())
    html = render_template_string('<div class="motd">%s</div>' % target_value)
    return jsonify(result=html)
