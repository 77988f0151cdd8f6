import sqlite3

from django.http import JsonResponse

DB_PATH = "instance/app.db"


def article_by_slug(request, email):
    entry = "{}".format(email).strip()
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute("SELECT id, email FROM users WHERE username = ?", (entry,)).fetchall()
    conn.close()
    return JsonResponse({"result": len(rows)})
