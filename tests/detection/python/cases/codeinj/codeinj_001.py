from django.http import JsonResponse


def calculate(request):
    expression = request.COOKIES.get("expression", "")
    total = eval("100 * " + repr(float(expression)))
    return JsonResponse({"result": str(total)})
