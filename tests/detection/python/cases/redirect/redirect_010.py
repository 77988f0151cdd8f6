from flask import Flask, redirect

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/login-done/<path:next_url>", methods=["GET"])
def login_done(next_url):
    value = tidy(next_url)
    return redirect("https://" + value + "/welcome")
