import math
from dataclasses import dataclass

from django.http import JsonResponse

DEFAULT_EXPRESSION = "2 + 3"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_EXPRESSION


def as_number_text(raw: str) -> str:
    return str(int(raw))


def evaluate_formula(request):
    formula = request.GET.get("formula", "")
    criteria = Criteria(value=formula)
    selected = criteria.value
    selected = as_number_text(selected)
    code = compile(selected, "<formula>", "eval")
    value = eval(code, {"math": math})
    return JsonResponse({"result": str(value)})
