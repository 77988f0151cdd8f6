from django.http import HttpResponse

DEFAULT_MESSAGE = "Welcome"


RECENT_LOOKUPS: list[str] = []


def search_results(request):
    query = request.headers.get("X-Query", "")
    RECENT_LOOKUPS.append("requested:" + query)
    value = DEFAULT_MESSAGE
    return HttpResponse("<li>{}</li>".format(value), content_type="text/html")
