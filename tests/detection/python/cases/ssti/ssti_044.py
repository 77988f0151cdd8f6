from flask import Flask, jsonify
from mako.template import Template as MakoTemplate

from benchlib import requestdata

app = Flask(__name__)


@app.route("/render-title", methods=["GET"])
def render_title():
    title = requestdata.query_value("title")
    target_value = "{}".format(title).strip()
    html = MakoTemplate("<span>" + target_value + "</span>").render()
    return jsonify(result=html)
