import math

from fastapi import FastAPI

app = FastAPI()


DEFAULT_EXPRESSION = "2 + 3"


@app.get("/evaluate-formula/{formula}")
def evaluate_formula(formula: str):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_EXPRESSION
    else:
        selected = formula
    code = compile(selected, "<formula>", "eval")
    value = eval(code, {"math": math})
    return {"result": str(value)}
