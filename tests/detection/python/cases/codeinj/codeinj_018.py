from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/evaluate-formula")
def evaluate_formula(formula: str = Query("")):
    value = eval(formula)
    return {"result": str(value)}
