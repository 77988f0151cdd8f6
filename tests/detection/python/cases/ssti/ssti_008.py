import jinja2
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@app.route("/signature-preview", methods=["POST"])
def signature_preview():
    signature = request.get_data(as_text=True)
    mode = "ABC"[1]
    match mode:
        case "A":
            item = signature
        case "B":
            item = DEFAULT_GREETING
        case _:
            item = signature
    html = jinja2.Template(item).render(site="shop")
    return jsonify(result=html)
