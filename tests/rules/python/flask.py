"""Examples for securetag/scanning/rules/python/flask.yaml (read by `semgrep --test`)."""

from flask import Flask

app = Flask(__name__)


def main() -> None:
    # ruleid: securetag.python.flask.debug-enabled
    app.run(host="0.0.0.0", debug=True)
    # ok: securetag.python.flask.debug-enabled
    app.run(host="127.0.0.1", debug=False)
