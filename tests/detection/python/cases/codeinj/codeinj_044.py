import json

from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/run-snippet")
def run_snippet(snippet: str = Form("")):
    value = json.loads(snippet)
    return {"result": value}
