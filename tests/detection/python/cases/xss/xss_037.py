from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


def render_list(items: list[str]) -> str:
    rows = []
    for item in items:
        rows.append(f"<li>{escape(item)}</li>")
    return "<ul>" + "".join(rows) + "</ul>"


@app.route("/tags")
def tags():
    return render_list(request.args.getlist("tag"))
