from flask import Flask

from benchlib import requestdata

app = Flask(__name__)


@app.route("/search-results", methods=["GET"])
def search_results():
    query = requestdata.query_value("query")
    return "<h1>Results for " + query + "</h1>"
