from flask import Flask, make_response

from benchlib import requestdata, textutil

app = Flask(__name__)


@app.route("/show-comment", methods=["GET"])
def show_comment():
    comment = requestdata.query_value("comment")
    selected = textutil.normalize_spaces(comment)
    response = make_response(f'<p class="comment">{selected}</p>')
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
