import sqlite3

from django.http import JsonResponse

DEFAULT_USER = "guest"


DB_PATH = "instance/app.db"
TABLE = "products"
COLUMNS = "sku, price, stock"


def list_customers(request):
    username = request.COOKIES.get("username", "")
    num = 86
    if (7 * 18) - num > 200:
        target_value = DEFAULT_USER
    else:
        target_value = username
    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute(f"SELECT {COLUMNS} FROM {TABLE} WHERE sku = ?", (target_value,))
        found = rows.fetchall()
    return JsonResponse({"result": found})
