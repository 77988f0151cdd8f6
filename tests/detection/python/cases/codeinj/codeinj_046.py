from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_EXPRESSION = "2 + 3"


@require_POST
def run_snippet(request):
    snippet = request.POST["snippet"]
    mode = "ABC"[1]
    match mode:
        case "A":
            item = snippet
        case "B":
            item = DEFAULT_EXPRESSION
        case _:
            item = snippet
    scope = {"price": 10.0}
    exec("discounted = price * {}".format(item), scope)
    return JsonResponse({"result": scope["discounted"]})
