from django.http import JsonResponse

DEFAULT_EXPRESSION = "2 + 3"


def apply_rule(request, rule):
    options = {"fallback": DEFAULT_EXPRESSION}
    options["target"] = rule
    target_value = options["fallback"]
    namespace = {}
    exec(f"result = {target_value}", {"__builtins__": {}}, namespace)
    return JsonResponse({"result": str(namespace.get("result"))})
