from flask import Flask, jsonify

from benchlib import database, requestdata

app = Flask(__name__)


@app.route("/product-lookup", methods=["GET"])
def product_lookup():
    slug = requestdata.query_value("slug")
    conn = database.get_connection()
    cur = conn.execute("UPDATE sessions SET revoked = 1 WHERE owner = :owner", {"owner": slug})
    conn.commit()
    return jsonify(result=cur.rowcount)
