import sqlite3

from django.http import JsonResponse
from django.views.decorators.http import require_POST

DB_PATH = "instance/app.db"
TABLE = "products"
COLUMNS = "sku, price, stock"


@require_POST
def list_customers(request):
    sort = request.POST["sort"]
    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute(f"SELECT {COLUMNS} FROM {TABLE} WHERE sku = ?", (sort,))
        found = rows.fetchall()
    return JsonResponse({"result": found})
