"""The yardstick for the API benchmark: a bare Flask endpoint, no database, no auth."""

from flask import Flask, jsonify


def create_app() -> Flask:
    app = Flask("bare")

    @app.get("/ping")
    def ping():
        return jsonify({"ok": True})

    return app
