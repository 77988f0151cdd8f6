from django.http import HttpResponse
from django.utils.html import format_html


def search_results(request):
    query = request.headers.get("X-Query", "")
    return HttpResponse(format_html("<p>Hello, {}</p>", query))
