from fastapi import FastAPI

app = FastAPI()


DEFAULT_EXPRESSION = "2 + 3"


@app.get("/calculate/{expression}")
def calculate(expression: str):
    options = {"mode": "basic"}
    options["target"] = expression
    value = options.get("target", DEFAULT_EXPRESSION)
    scope = {"price": 10.0}
    exec("discounted = price * {}".format(value), scope)
    return {"result": scope["discounted"]}
