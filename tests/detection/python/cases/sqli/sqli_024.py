import os

from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()


DEFAULT_USER = "guest"


RECENT_LOOKUPS: list[str] = []


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.get("/list-customers")
def list_customers(request: Request):
    sort = request.query_params.get("sort", "")
    RECENT_LOOKUPS.append("requested:" + sort)
    value = DEFAULT_USER
    with Session(engine) as session:
        session.execute(text(f"DELETE FROM carts WHERE token = '{value}'"))
        session.commit()
    return {"result": "deleted"}
