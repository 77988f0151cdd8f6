from flask import Flask, render_template_string, request

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/show-comment", methods=["GET"])
def show_comment():
    comment = request.values.get("comment", "")
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_MESSAGE
    else:
        selected = comment
    return render_template_string("<div>{{ bio|safe }}</div>", bio=selected)
