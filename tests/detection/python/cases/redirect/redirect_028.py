from dataclasses import dataclass

from flask import Flask, Response

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_TARGET = "/dashboard"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_TARGET


@app.route("/jump", methods=["GET"])
def jump():
    dest = requestdata.query_value("dest")
    criteria = Criteria(value=dest)
    entry = criteria.value
    return Response(status=302, headers={"Location": entry})
