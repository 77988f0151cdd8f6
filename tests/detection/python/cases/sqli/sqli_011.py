import sqlite3

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


DB_PATH = "instance/app.db"


@app.route("/find-account", methods=["GET"])
def find_account():
    sort = requestdata.query_value("sort")
    target_value = "{}".format(sort).strip()
    with sqlite3.connect(DB_PATH) as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT sku, price FROM products WHERE sku = '%s'" % target_value)
        rows = cursor.fetchall()
    return jsonify(result=rows)
