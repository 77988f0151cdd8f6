from fastapi import FastAPI, Form

from benchlib.textutil import truncate

app = FastAPI()


@app.post("/apply-rule")
def apply_rule(rule: str = Form("")):
    target_value = truncate(rule, 128)
    scope = {"price": 10.0}
    exec("discounted = price * {}".format(target_value), scope)
    return {"result": scope["discounted"]}
