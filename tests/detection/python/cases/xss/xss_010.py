from flask import Flask, render_template
from markupsafe import Markup

app = Flask(__name__)


@app.route("/user-bio/<bio>", methods=["GET"])
def user_bio(bio):
    return render_template("profile.html", card=Markup("<b>%s</b>") % bio)
