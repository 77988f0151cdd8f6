from dataclasses import dataclass

from flask import Flask, render_template
from markupsafe import Markup

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_MESSAGE


@app.route("/show-comment", methods=["GET"])
def show_comment():
    comment = requestdata.query_value("comment")
    criteria = Criteria(value=comment)
    selected = criteria.value
    return render_template("profile.html", card=Markup("<b>%s</b>") % selected)
