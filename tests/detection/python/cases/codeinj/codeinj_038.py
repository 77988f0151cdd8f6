from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/apply-rule")
def apply_rule(request: Request):
    rule = request.query_params.get("rule", "")
    target_value = " ".join(rule.split())
    namespace = {}
    exec(f"result = {target_value}", {"__builtins__": {}}, namespace)
    return {"result": str(namespace.get("result"))}
