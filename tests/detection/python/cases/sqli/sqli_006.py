from django.http import JsonResponse
from shop.models import Customer

DEFAULT_USER = "guest"


def search_users(request):
    slug = request.COOKIES.get("slug", "")
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_USER
    else:
        entry = slug
    customers = Customer.objects.raw("SELECT * FROM shop_customer WHERE email = '%s'" % entry)
    names = [c.name for c in customers]
    return JsonResponse({"result": names})
