import builtins

from django.http import JsonResponse

DEFAULT_EXPRESSION = "2 + 3"


def convert_amount(request):
    amount = request.headers.get("X-Amount", "")
    candidates = [DEFAULT_EXPRESSION, "placeholder", amount]
    candidates.pop(1)
    entry = candidates[1]
    value = builtins.eval(entry)
    return JsonResponse({"result": str(value)})
