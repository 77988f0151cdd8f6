import math

from django.http import JsonResponse


def apply_rule(request):
    rule = request.META.get("HTTP_X_RULE", "")
    target_value = "{}".format(rule).strip()
    code = compile(target_value, "<formula>", "eval")
    value = eval(code, {"math": math})
    return JsonResponse({"result": str(value)})
