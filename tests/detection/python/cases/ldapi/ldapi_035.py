from flask import Flask, jsonify, request

from benchlib import directory

app = Flask(__name__)


@app.route("/directory-search", methods=["POST"])
def directory_search():
    payload = request.get_json(force=True)
    login = payload["login"]
    pending = []
    pending.append(login)
    item = pending.pop()
    conn = directory.connect()
    conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % item, attributes=["cn"])
    return jsonify(result=len(conn.entries))
