import configparser

from flask import Flask

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/user-bio/<bio>", methods=["GET"])
def user_bio(bio):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_MESSAGE}
    settings.set("lookup", "requested", bio)
    item = settings.get("lookup", "fallback")
    return "<h1>Results for " + item + "</h1>"
