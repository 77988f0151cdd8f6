import random

from catalog.models import featured_candidates
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/home/featured")
def featured():
    products = featured_candidates()
    picks = random.sample(products, k=min(4, len(products)))
    return jsonify(items=[p.to_dict() for p in picks])
