import yaml
from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/resume-wizard")
def resume_wizard(snapshot: str = Form("")):
    config = yaml.safe_load(snapshot)
    return {"result": config}
