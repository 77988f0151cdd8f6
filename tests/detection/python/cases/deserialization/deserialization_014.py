import jsonpickle
from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/resume-wizard")
def resume_wizard(snapshot: str = Cookie("")):
    pending = []
    pending.append(snapshot)
    item = pending.pop()
    obj = jsonpickle.decode(item)
    return {"result": str(obj)}
