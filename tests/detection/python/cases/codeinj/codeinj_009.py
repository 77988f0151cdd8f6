import builtins

from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/run-snippet")
def run_snippet(snippet: str = Cookie("")):
    value = builtins.eval(snippet)
    return {"result": str(value)}
