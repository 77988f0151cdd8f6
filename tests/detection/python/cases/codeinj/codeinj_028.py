import operator

from django.http import JsonResponse

from benchlib.textutil import truncate

OPERATIONS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def run_snippet(request):
    snippet = request.META.get("HTTP_X_SNIPPET", "")
    item = truncate(snippet, 128)
    left, op, right = item.split(" ", 2)
    value = OPERATIONS[op](float(left), float(right))
    return JsonResponse({"result": value})
