from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

from benchlib.settings import RuntimeSettings

app = FastAPI()


DEFAULT_TARGET = "shop.example.com"


@app.get("/logout")
def logout(return_to: str = Header("")):
    conf = RuntimeSettings(fallback=DEFAULT_TARGET)
    conf.put("requested", return_to)
    target_value = conf.value("requested")
    return RedirectResponse(f"//{target_value}/landing")
