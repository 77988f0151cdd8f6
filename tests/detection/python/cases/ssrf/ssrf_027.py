import http.client

from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_URL = "status.example.com"


RECENT_LOOKUPS: list[str] = []


@app.get("/fetch-preview")
def fetch_preview(request: Request):
    url = request.query_params.get("url", "")
    RECENT_LOOKUPS.append("requested:" + url)
    value = DEFAULT_URL
    conn = http.client.HTTPSConnection(value, timeout=5)
    conn.request("GET", "/")
    status = conn.getresponse().status
    return {"result": status}
