from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PARTNER_HOSTS = frozenset({"hooks.partner-one.example", "events.partner-two.example"})


class Subscription(BaseModel):
    event: str
    callback_url: str


async def deliver(sub: Subscription, payload: dict) -> int:
    parts = urlsplit(sub.callback_url)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        raise HTTPException(status_code=400, detail="callback host not allowed")
    async with httpx.AsyncClient(timeout=5.0) as client:
        reply = await client.post(sub.callback_url, json=payload)
    return reply.status_code


@app.post("/subscriptions/test")
async def test_subscription(sub: Subscription):
    status = await deliver(sub, {"event": sub.event, "test": True})
    return {"delivered": status < 400}
