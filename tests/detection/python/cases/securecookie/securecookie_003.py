import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


@app.post("/cart/{item_id}")
def add_to_cart(item_id: int, request: Request):
    cart = request.session.setdefault("cart", [])
    cart.append(item_id)
    return {"items": len(cart)}
