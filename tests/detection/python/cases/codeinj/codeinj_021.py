import ast

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class EvaluateFormulaRequest(BaseModel):
    formula: str


@app.post("/evaluate-formula")
def evaluate_formula(body: EvaluateFormulaRequest):
    formula = body.formula
    selected = " ".join(formula.split())
    value = ast.literal_eval(selected)
    return {"result": str(value)}
