import sqlite3

from django.http import JsonResponse

DB_PATH = "instance/app.db"


def product_lookup(request):
    sku = request.META.get("HTTP_X_SKU", "")
    selected = sku.strip()[:200]
    with sqlite3.connect(DB_PATH) as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT sku, price FROM products WHERE sku = '%s'" % selected)
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
