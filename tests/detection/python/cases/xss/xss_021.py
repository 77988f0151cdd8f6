from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/show-comment", methods=["POST"])
def show_comment():
    comment = request.form["comment"]
    selected = comment.strip()[:200]
    response = make_response(f'<p class="comment">{selected}</p>')
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
