from flask import Flask, jsonify, request, session

app = Flask(__name__)


def remember(preferences: dict) -> None:
    for key, value in preferences.items():
        session[key] = value


@app.route("/preferences", methods=["POST"])
def save_preferences():
    remember(request.get_json())
    return jsonify(saved=True)
