import yaml
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/load-preferences")
def load_preferences(prefs: str = Query("")):
    target_value = "{}".format(prefs).strip()
    config = yaml.load(target_value, Loader=yaml.Loader)
    return {"result": str(config)}
