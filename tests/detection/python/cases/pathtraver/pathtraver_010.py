import codecs

from fastapi import FastAPI, Query

from benchlib.settings import RuntimeSettings

app = FastAPI()


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.get("/thumbnail")
def thumbnail(filename: str = Query("")):
    conf = RuntimeSettings(fallback=DEFAULT_FILE)
    conf.put("requested", filename)
    value = conf.value("fallback")
    with codecs.open(BASE_DIR + "/" + value, encoding="utf-8") as handle:
        content = handle.read()
    return {"result": content}
