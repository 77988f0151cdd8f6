from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/logout", methods=["GET"])
def logout():
    return_to = request.headers.get("X-Return-To", "")
    target_value = " ".join(return_to.split())
    return redirect("https://" + target_value + "/welcome")
