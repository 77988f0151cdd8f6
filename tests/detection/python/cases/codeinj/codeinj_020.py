from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/convert-amount")
def convert_amount(amount: str = Cookie("")):
    entry = "{}".format(amount).strip()
    total = eval("100 * " + repr(float(entry)))
    return {"result": str(total)}
