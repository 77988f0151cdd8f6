from flask import Flask, redirect

from benchlib import requestdata

app = Flask(__name__)


@app.route("/after-checkout", methods=["GET"])
def after_checkout():
    continue_url = requestdata.query_value("continue_url")
    return redirect("https://" + continue_url + "/welcome")
