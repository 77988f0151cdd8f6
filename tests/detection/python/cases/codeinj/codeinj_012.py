import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def evaluate_formula(request):
    formula = json.loads(request.body)["formula"]
    selected = formula.strip()[:200]
    total = eval("100 * " + selected)
    return JsonResponse({"result": str(total)})
