from flask import Flask, redirect

from benchlib import requestdata

app = Flask(__name__)


@app.route("/login-done", methods=["GET"])
def login_done():
    next_url = requestdata.query_value("next_url")
    return redirect(next_url)
