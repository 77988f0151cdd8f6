import builtins

from fastapi import Cookie, FastAPI, HTTPException

app = FastAPI()


KNOWN_FORMULAS = {"2 + 3", "10 / 4", "sqrt(16)", "2 ** 8"}


@app.get("/convert-amount")
def convert_amount(amount: str = Cookie("")):
    pending = []
    pending.append(amount)
    entry = pending.pop()
    if entry not in KNOWN_FORMULAS:
        raise HTTPException(status_code=400, detail="invalid value")
    value = builtins.eval(entry)
    return {"result": str(value)}
