import json

from flask import Flask, jsonify

from benchlib import requestdata
from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@app.route("/load-preferences", methods=["GET"])
def load_preferences():
    prefs = requestdata.query_value("prefs")
    conf = RuntimeSettings(fallback=DEFAULT_STATE)
    conf.put("requested", prefs)
    target_value = conf.value("requested")
    data = json.loads(target_value)
    return jsonify(result=data)
