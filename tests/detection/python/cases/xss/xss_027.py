from django.http import HttpResponse

DEFAULT_MESSAGE = "Welcome"


def search_results(request):
    query = request.headers.get("X-Query", "")
    options = {"mode": "basic"}
    options["target"] = query
    value = options.get("target", DEFAULT_MESSAGE)
    return HttpResponse("<p>Hello, " + value + "</p>")
