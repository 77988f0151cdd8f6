import sqlite3

from django.http import JsonResponse

DB_PATH = "instance/app.db"


def article_by_slug(request):
    slug = request.headers.get("X-Slug", "")
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute("SELECT id, email FROM users WHERE username = ?", (slug,)).fetchall()
    conn.close()
    return JsonResponse({"result": len(rows)})
