from django.db import connection
from django.http import JsonResponse

DEFAULT_USER = "guest"


def list_customers(request):
    sort = request.COOKIES.get("sort", "")
    options = {"mode": "basic"}
    options["target"] = sort
    value = options.get("target", DEFAULT_USER)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shop_customer ORDER BY " + value)
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
