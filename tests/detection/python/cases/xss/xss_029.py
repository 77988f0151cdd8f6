from django.http import HttpResponse

DEFAULT_MESSAGE = "Welcome"


def search_results(request):
    query = request.headers.get("X-Query", "")
    if 3 * 5 > 4:
        value = query
    else:
        value = DEFAULT_MESSAGE
    return HttpResponse("<p>Hello, " + value + "</p>")
