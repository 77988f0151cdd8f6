from flask import Flask, render_template
from markupsafe import Markup

from benchlib.textutil import truncate

app = Flask(__name__)


@app.route("/profile-card/<nickname>", methods=["GET"])
def profile_card(nickname):
    target_value = truncate(nickname, 128)
    return render_template("profile.html", card=Markup("<b>%s</b>" % target_value))
