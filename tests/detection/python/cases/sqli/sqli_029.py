from flask import Flask, jsonify

from benchlib import database

app = Flask(__name__)


@app.route("/customer-report/<slug>", methods=["GET"])
def customer_report(slug):
    conn = database.get_connection()
    conn.executescript("UPDATE sessions SET revoked = 1 WHERE owner = '" + slug + "';")
    conn.commit()
    return jsonify(result="ok")
