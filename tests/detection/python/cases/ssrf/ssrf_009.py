import requests
from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/test-webhook")
def test_webhook(webhook: str = Header("")):
    selected = " ".join(webhook.split())
    response = requests.get("https://api.example.com/search", params={"q": selected}, timeout=5)
    return {"result": response.status_code}
