from django.http import HttpResponse
from django.utils.html import format_html


def user_bio(request):
    bio = request.headers.get("X-Bio", "")
    item = bio.strip()[:200]
    return HttpResponse(format_html("<p>Hello, {}</p>", item))
