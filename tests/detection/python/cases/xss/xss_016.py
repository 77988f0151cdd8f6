from flask import Flask, render_template_string

app = Flask(__name__)


@app.route("/user-bio/<bio>", methods=["GET"])
def user_bio(bio):
    pending = []
    pending.append(bio)
    item = pending.pop()
    return render_template_string("<div>{{ bio|safe }}</div>", bio=item)
