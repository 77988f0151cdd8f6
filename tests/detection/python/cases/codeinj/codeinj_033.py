import builtins

from django.http import JsonResponse

from benchlib import textutil


def evaluate_formula(request, formula):
    selected = textutil.normalize_spaces(formula)
    value = builtins.eval(selected)
    return JsonResponse({"result": str(value)})
