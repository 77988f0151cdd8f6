from flask import Flask, redirect, request, url_for

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_TARGET = "/dashboard"


@app.route("/logout", methods=["POST"])
def logout():
    payload = request.get_json(force=True)
    return_to = payload["return_to"]
    conf = RuntimeSettings(fallback=DEFAULT_TARGET)
    conf.put("requested", return_to)
    target_value = conf.value("requested")
    return redirect(url_for("dashboard", tab=target_value))
