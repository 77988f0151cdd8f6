import sqlite3

from django.http import JsonResponse

DEFAULT_USER = "guest"


DB_PATH = "instance/app.db"


def search_users(request):
    sku = request.headers.get("X-Sku", "")
    options = {"fallback": DEFAULT_USER}
    options["target"] = sku
    target_value = options["fallback"]
    with sqlite3.connect(DB_PATH) as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT sku, price FROM products WHERE sku = '%s'" % target_value)
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
