from flask import Flask, render_template, request
from markupsafe import Markup

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/search-results", methods=["GET"])
def search_results():
    query = request.values.get("query", "")
    conf = RuntimeSettings(fallback=DEFAULT_MESSAGE)
    conf.put("requested", query)
    value = conf.value("fallback")
    return render_template("profile.html", card=Markup("<b>%s</b>" % value))
