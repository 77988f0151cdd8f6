import io

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/run-snippet/<snippet>", methods=["GET"])
def run_snippet(snippet):
    buffer = io.StringIO()
    buffer.write(snippet)
    item = buffer.getvalue()
    env = {}
    exec(compile("def rule(x):\n    return " + item, "<rule>", "exec"), env)
    value = env["rule"](3)
    return jsonify(result=str(value))
