from django.http import JsonResponse

from benchlib.settings import RuntimeSettings

DEFAULT_EXPRESSION = "2 + 3"


def calculate(request):
    expression = request.COOKIES.get("expression", "")
    conf = RuntimeSettings(fallback=DEFAULT_EXPRESSION)
    conf.put("requested", expression)
    value = conf.value("fallback")
    scope = {"price": 10.0}
    exec("discounted = price * {}".format(value), scope)
    return JsonResponse({"result": scope["discounted"]})
