from flask import Flask, redirect

from benchlib import requestdata

app = Flask(__name__)


DESTINATIONS = {"orders": "/orders", "profile": "/account/profile"}


@app.route("/jump", methods=["GET"])
def jump():
    dest = requestdata.query_value("dest")
    entry = "{}".format(dest).strip()
    return redirect(DESTINATIONS.get(entry, "/"))
