from fastapi import FastAPI, Header

app = FastAPI()


DEFAULT_EXPRESSION = "2 + 3"


@app.get("/convert-amount")
def convert_amount(amount: str = Header("")):
    entry = amount.strip()
    entry = DEFAULT_EXPRESSION
    env = {}
    exec(compile("def rule(x):\n    return " + entry, "<rule>", "exec"), env)
    value = env["rule"](3)
    return {"result": str(value)}
