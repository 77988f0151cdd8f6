from flask import Flask, render_template
from markupsafe import Markup

from benchlib import requestdata

app = Flask(__name__)


@app.route("/profile-card", methods=["GET"])
def profile_card():
    nickname = requestdata.query_value("nickname")
    target_value = " ".join(nickname.split())
    return render_template("profile.html", card=Markup("<b>%s</b>" % target_value))
