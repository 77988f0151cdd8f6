from django.http import JsonResponse

DEFAULT_EXPRESSION = "2 + 3"


def convert_amount(request):
    amount = request.COOKIES.get("amount", "")
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_EXPRESSION
    else:
        entry = amount
    value = eval(entry)
    return JsonResponse({"result": str(value)})
