import os

from fastapi import FastAPI, Header
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()


DEFAULT_USER = "guest"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.get("/product-lookup")
def product_lookup(email: str = Header("")):
    if 3 * 5 > 4:
        value = email
    else:
        value = DEFAULT_USER
    with Session(engine) as session:
        session.execute(text(f"DELETE FROM carts WHERE token = '{value}'"))
        session.commit()
    return {"result": "deleted"}
