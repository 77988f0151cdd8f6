import io

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/user-bio", methods=["GET"])
def user_bio():
    bio = request.headers.get("X-Bio", "")
    buffer = io.StringIO()
    buffer.write(bio)
    item = buffer.getvalue()
    return render_template_string("<div>{{ bio|safe }}</div>", bio=item)
