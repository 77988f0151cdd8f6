from django.db import connection
from django.http import JsonResponse


def customer_report(request):
    sku = request.COOKIES.get("sku", "")
    item = sku.strip()[:200]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shop_customer WHERE name = %s", [item])
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
