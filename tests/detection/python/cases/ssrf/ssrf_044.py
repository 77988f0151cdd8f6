import urllib3
from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/fetch-preview")
def fetch_preview(url: str = Form("")):
    url = "https://api.example.com/items/" + str(int(url))
    http = urllib3.PoolManager()
    reply = http.request("GET", url)
    return {"result": reply.status}
