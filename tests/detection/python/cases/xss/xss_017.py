from flask import Flask, render_template, request

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/search-results", methods=["POST"])
def search_results():
    query = request.form["query"]
    candidates = [DEFAULT_MESSAGE, "placeholder", query]
    candidates.pop(1)
    value = candidates[1]
    return render_template("results.html", query=value)
