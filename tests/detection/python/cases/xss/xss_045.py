from flask import Flask, request

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/search-results", methods=["POST"])
def search_results():
    query = request.form["query"]
    value = tidy(query)
    return "<h1>Results for " + value + "</h1>"
