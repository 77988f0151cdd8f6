from flask import Flask, jsonify, request, session

app = Flask(__name__)
CHOICES = {"theme": {"light", "dark"}, "density": {"compact", "comfortable"}}


def remember(preferences: dict) -> None:
    for key, allowed in CHOICES.items():
        value = preferences.get(key)
        if value in allowed:
            session[key] = str(value)


@app.route("/preferences", methods=["POST"])
def save_preferences():
    remember(request.get_json())
    return jsonify(saved=True)
