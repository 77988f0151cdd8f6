from dataclasses import dataclass

from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_GREETING


@app.route("/banner", methods=["GET"])
def banner():
    motd = request.headers.get("X-Motd", "")
    criteria = Criteria(value=motd)
    entry = criteria.value
    html = render_template_string('<div class="motd">%s</div>' % entry)
    return jsonify(result=html)
