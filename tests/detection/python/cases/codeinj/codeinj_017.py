from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


KNOWN_FORMULAS = {"2 + 3", "10 / 4", "sqrt(16)", "2 ** 8"}


@app.get("/apply-rule")
def apply_rule(rule: str = Query("")):
    if rule not in KNOWN_FORMULAS:
        raise HTTPException(status_code=400, detail="invalid value")
    env = {}
    exec(compile("def rule(x):\n    return " + rule, "<rule>", "exec"), env)
    value = env["rule"](3)
    return {"result": str(value)}
