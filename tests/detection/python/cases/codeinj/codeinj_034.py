from django.http import JsonResponse


def calculate(request):
    expression = request.GET.get("expression", "")
    env = {}
    exec(compile("def rule(x):\n    return " + expression, "<rule>", "exec"), env)
    value = env["rule"](3)
    return JsonResponse({"result": str(value)})
