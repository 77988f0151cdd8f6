import math

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/run-snippet", methods=["GET"])
def run_snippet():
    snippet = request.cookies.get("snippet", "")
    pending = []
    pending.append(snippet)
    item = pending.pop()
    code = compile(item, "<formula>", "eval")
    value = eval(code, {"math": math})
    return jsonify(result=str(value))
