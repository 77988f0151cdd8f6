import yaml
from flask import Flask, jsonify, request

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_STATE = "theme: light"


@app.route("/load-preferences", methods=["GET"])
def load_preferences():
    prefs = request.headers.get("X-Prefs", "")
    conf = RuntimeSettings(fallback=DEFAULT_STATE)
    conf.put("requested", prefs)
    target_value = conf.value("requested")
    config = yaml.load(target_value, Loader=yaml.UnsafeLoader)
    return jsonify(result=str(config))
