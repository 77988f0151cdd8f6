from flask import Flask, jsonify, request
from jinja2 import Template

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@app.route("/render-title", methods=["POST"])
def render_title():
    title = request.get_data(as_text=True)
    conf = RuntimeSettings(fallback=DEFAULT_GREETING)
    conf.put("requested", title)
    target_value = conf.value("requested")
    html = Template("<h1>Hello " + target_value + "!</h1>").render()
    return jsonify(result=html)
