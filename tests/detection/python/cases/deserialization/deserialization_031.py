import base64
import pickle

from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/restore-state")
def restore_state(state: str = Header("")):
    data = pickle.loads(base64.b64decode(state))
    return {"result": str(data)}
