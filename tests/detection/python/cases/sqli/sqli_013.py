import io

from django.db import connection
from django.http import JsonResponse


def customer_report(request):
    sku = request.COOKIES.get("sku", "")
    buffer = io.StringIO()
    buffer.write(sku)
    item = buffer.getvalue()
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shop_customer ORDER BY " + item)
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
