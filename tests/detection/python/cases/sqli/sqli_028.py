import json
import sqlite3

from django.http import JsonResponse
from django.views.decorators.http import require_POST


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


DB_PATH = "instance/app.db"


@require_POST
def product_lookup(request):
    slug = json.loads(request.body)["slug"]
    item = LookupRequest(slug).term
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute("SELECT id, email FROM users WHERE username = '" + item + "'").fetchall()
    conn.close()
    return JsonResponse({"result": len(rows)})
