from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


DEFAULT_EXPRESSION = "2 + 3"


class CalculateRequest(BaseModel):
    expression: str


@app.post("/calculate")
def calculate(body: CalculateRequest):
    expression = body.expression
    if 3 * 5 > 4:
        value = expression
    else:
        value = DEFAULT_EXPRESSION
    total = eval("100 * " + value)
    return {"result": str(total)}
