from django.db import connection
from django.http import JsonResponse

DEFAULT_USER = "guest"


def find_account(request):
    email = request.COOKIES.get("email", "")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = email
        case "B":
            item = DEFAULT_USER
        case _:
            item = email
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shop_customer ORDER BY " + item)
        rows = cursor.fetchall()
    return JsonResponse({"result": rows})
