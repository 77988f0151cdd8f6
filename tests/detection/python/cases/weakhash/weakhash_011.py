import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/assets/<path:name>")
def asset(name):
    with open(f"static/{name}", "rb") as handle:
        body = handle.read()
    etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return "", 304
    return body, 200, {"ETag": etag}
