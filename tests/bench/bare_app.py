"""The yardsticks for the API benchmark: bare Flask endpoints, no auth, no rate limit.

`/ping` touches nothing. `/db` (when SECURETAG_BENCH_FLOOR_URL names a database)
makes one `SELECT 1` round trip through the same pooled `Database` the API
uses: the floor under any endpoint that reads from PostgreSQL at all.
"""

import os

from flask import Flask, jsonify

from securetag.store.db import Database
from tests.support.queries import TEST_QUERIES


def create_app() -> Flask:
    app = Flask("bare")

    @app.get("/ping")
    def ping():
        return jsonify({"ok": True})

    floor_url = os.environ.get("SECURETAG_BENCH_FLOOR_URL")
    if floor_url:
        # The pool's size and timeouts are the API's defaults too.
        db = Database(floor_url, application_name="securetag-bench-floor", queries=TEST_QUERIES)
        db.open(wait=False)

        @app.get("/db")
        def one_round_trip():
            return jsonify({"ok": db.scalar("bench_round_trip")})

    return app
