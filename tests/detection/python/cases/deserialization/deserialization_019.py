import marshal

from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/restore-state")
def restore_state(state: str = Header("")):
    settings = marshal.loads(bytes.fromhex(state))
    return {"result": str(settings)}
