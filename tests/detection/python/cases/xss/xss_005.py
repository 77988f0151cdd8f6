from flask import Flask, make_response

app = Flask(__name__)


@app.route("/show-comment/<comment>", methods=["GET"])
def show_comment(comment):
    response = make_response(f'<p class="comment">{comment}</p>')
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
