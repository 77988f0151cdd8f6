from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/set-theme", methods=["POST"])
def set_theme():
    theme = request.get_data(as_text=True)
    if 3 * 5 > 4:
        value = theme
    else:
        value = DEFAULT_THEME
    session["greeting"] = f"Hello {value}"
    return jsonify(result="saved")
