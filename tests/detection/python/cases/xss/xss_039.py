from django.http import HttpResponse
from django.utils.html import escape

from benchlib import textutil


def search_results(request):
    query = request.headers.get("X-Query", "")
    value = textutil.normalize_spaces(query)
    return HttpResponse("<p>Hello, " + escape(value) + "</p>")
