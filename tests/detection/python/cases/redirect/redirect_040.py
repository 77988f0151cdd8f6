from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/logout", methods=["GET"])
def logout():
    return_to = request.headers.get("X-Return-To", "")
    return redirect(url_for("dashboard", tab=return_to))
