from django.http import JsonResponse


def run_snippet(request):
    snippet = request.META.get("HTTP_X_SNIPPET", "")
    snippet = str(int(snippet))
    total = eval("100 * " + snippet)
    return JsonResponse({"result": str(total)})
