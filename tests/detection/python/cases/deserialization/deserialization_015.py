import marshal

from fastapi import FastAPI, Form

from benchlib.textutil import truncate

app = FastAPI()


@app.post("/load-preferences")
def load_preferences(prefs: str = Form("")):
    target_value = truncate(prefs, 128)
    settings = marshal.loads(bytes.fromhex(target_value))
    return {"result": str(settings)}
