from django.db import connection
from django.http import JsonResponse


def search_users(request):
    email = request.COOKIES.get("email", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shop_customer ORDER BY " + email)
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
