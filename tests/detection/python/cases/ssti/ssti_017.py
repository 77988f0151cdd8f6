from flask import Flask, jsonify, render_template_string

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@app.route("/preview-email", methods=["GET"])
def preview_email():
    greeting = requestdata.query_value("greeting")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_GREETING
        case "B":
            selected = DEFAULT_GREETING
        case _:
            selected = greeting
    html = render_template_string('<div class="motd">%s</div>' % selected)
    return jsonify(result=html)
