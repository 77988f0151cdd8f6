import httpx
from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_URL = "status.example.com"


@app.get("/test-webhook")
def test_webhook(webhook: str = Query("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_URL
    else:
        selected = webhook
    reply = httpx.get("http://" + selected + "/status", timeout=5.0)
    return {"result": reply.status_code}
