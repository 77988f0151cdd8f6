from django.http import JsonResponse
from shop.models import Customer


def search_users(request):
    sku = request.COOKIES.get("sku", "")
    count = Customer.objects.filter(email=sku).count()
    return JsonResponse({"result": count})
