from flask import Flask, request

app = Flask(__name__)


def render_list(items: list[str]) -> str:
    rows = []
    for item in items:
        rows.append("<li>" + item + "</li>")
    return "<ul>" + "".join(rows) + "</ul>"


@app.route("/tags")
def tags():
    return render_list(request.args.getlist("tag"))
