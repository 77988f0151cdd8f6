from django.db import connection
from django.http import JsonResponse


def customer_report(request):
    username = request.COOKIES.get("username", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shop_customer WHERE name = %s", [username])
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
