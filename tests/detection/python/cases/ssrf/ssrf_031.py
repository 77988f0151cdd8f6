import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Subscription(BaseModel):
    event: str
    callback_url: str


async def deliver(sub: Subscription, payload: dict) -> int:
    async with httpx.AsyncClient(timeout=5.0) as client:
        reply = await client.post(sub.callback_url, json=payload)
    return reply.status_code


@app.post("/subscriptions/test")
async def test_subscription(sub: Subscription):
    status = await deliver(sub, {"event": sub.event, "test": True})
    return {"delivered": status < 400}
