import configparser
import math

from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_EXPRESSION = "2 + 3"


@app.post("/run-snippet")
def run_snippet(snippet: str = Form("")):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_EXPRESSION}
    settings.set("lookup", "requested", snippet)
    item = settings.get("lookup", "fallback")
    code = compile(item, "<formula>", "eval")
    value = eval(code, {"math": math})
    return {"result": str(value)}
