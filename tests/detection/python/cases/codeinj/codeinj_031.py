import ast

from django.http import JsonResponse


def apply_rule(request, rule):
    value = ast.literal_eval(rule)
    return JsonResponse({"result": str(value)})
