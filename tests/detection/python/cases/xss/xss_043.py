from flask import Flask, render_template

from benchlib import requestdata

app = Flask(__name__)


@app.route("/profile-card", methods=["GET"])
def profile_card():
    nickname = requestdata.query_value("nickname")
    return render_template("results.html", query=nickname)
