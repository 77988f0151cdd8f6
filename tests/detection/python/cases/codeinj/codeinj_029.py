from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


@app.route("/evaluate-formula", methods=["GET"])
def evaluate_formula():
    formula = request.headers.get("X-Formula", "")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_EXPRESSION
        case "B":
            selected = DEFAULT_EXPRESSION
        case _:
            selected = formula
    namespace = {}
    exec(f"result = {selected}", {"__builtins__": {}}, namespace)
    return jsonify(result=str(namespace.get("result")))
