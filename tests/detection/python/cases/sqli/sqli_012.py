import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("instance/shop.db")
    return g.db


def build_filters(args) -> tuple[str, list]:
    clauses, params = ["deleted = 0"], []
    if args.get("category"):
        clauses.append("category = ?")
        params.append(args["category"])
    if args.get("max_price"):
        clauses.append("price <= ?")
        params.append(float(args["max_price"]))
    return " AND ".join(clauses), params


@app.route("/products")
def list_products():
    where, params = build_filters(request.args)
    rows = (
        get_db().execute(f"SELECT id, name, price FROM products WHERE {where}", params).fetchall()
    )
    return jsonify(products=[dict(zip(("id", "name", "price"), r, strict=True)) for r in rows])
