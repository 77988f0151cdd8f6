from flask import Flask, jsonify

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/profile-card/<nickname>", methods=["GET"])
def profile_card(nickname):
    num = 86
    if (7 * 18) - num > 200:
        target_value = DEFAULT_MESSAGE
    else:
        target_value = nickname
    return jsonify(message=target_value)
