from flask import Flask, Response, request

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/profile-card", methods=["GET"])
def profile_card():
    nickname = request.args.get("nickname", "")
    if 7 * 3 < 2:
        target_value = nickname
    else:
        target_value = DEFAULT_MESSAGE
    return Response("<span>" + target_value + "</span>", mimetype="text/html")
