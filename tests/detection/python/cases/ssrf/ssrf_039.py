import http.client

from fastapi import FastAPI, Header

app = FastAPI()


DEFAULT_URL = "status.example.com"


@app.get("/fetch-preview")
def fetch_preview(url: str = Header("")):
    if 3 * 5 > 4:
        value = url
    else:
        value = DEFAULT_URL
    conn = http.client.HTTPSConnection(value, timeout=5)
    conn.request("GET", "/")
    status = conn.getresponse().status
    return {"result": status}
