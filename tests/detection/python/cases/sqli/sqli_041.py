import os

from django.http import JsonResponse
from sqlalchemy import create_engine, text

from benchlib import textutil

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


def order_status(request):
    sort = request.headers.get("X-Sort", "")
    selected = textutil.normalize_spaces(sort)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = '{}'".format(selected))
        ).all()
    return JsonResponse({"result": [tuple(r) for r in rows]})
