from flask import Flask, request

app = Flask(__name__)


@app.route("/search-results", methods=["POST"])
def search_results():
    payload = request.get_json(force=True)
    query = payload["query"]
    return "<h1>Results for " + query + "</h1>"
