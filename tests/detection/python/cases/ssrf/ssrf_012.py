import urllib.request

from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/check-status")
def check_status(host: str = Cookie("")):
    target_value = " ".join(host.split())
    with urllib.request.urlopen(target_value, timeout=5) as reply:
        body = reply.read()
    return {"result": len(body)}
