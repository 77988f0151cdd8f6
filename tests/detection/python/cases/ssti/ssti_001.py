from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@app.route("/render-title", methods=["GET"])
def render_title():
    title = request.args.get("title", "")
    options = {"fallback": DEFAULT_GREETING}
    options["target"] = title
    target_value = options["fallback"]
    html = render_template_string('<div class="motd">%s</div>' % target_value)
    return jsonify(result=html)
