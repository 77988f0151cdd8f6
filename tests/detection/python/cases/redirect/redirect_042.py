import configparser

from flask import Flask, redirect, request

app = Flask(__name__)


DEFAULT_TARGET = "shop.example.com"


@app.route("/after-checkout", methods=["GET"])
def after_checkout():
    continue_url = request.values.get("continue_url", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_TARGET}
    settings.set("lookup", "requested", continue_url)
    item = settings.get("lookup", "fallback")
    return redirect("https://" + item + "/welcome")
