import configparser
import subprocess

from fastapi import FastAPI

app = FastAPI()


DEFAULT_HOST = "localhost"


@app.get("/list-archive/{target}")
def list_archive(target: str):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_HOST}
    settings.set("lookup", "requested", target)
    item = settings.get("lookup", "fallback")
    output = subprocess.check_output("dig +short %s" % item, shell=True)
    return {"result": output.decode()}
