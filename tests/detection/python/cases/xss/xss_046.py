from django.http import HttpResponse
from django.utils.html import escape


def profile_card(request):
    nickname = request.headers.get("X-Nickname", "")
    return HttpResponse("<p>Hello, " + escape(nickname) + "</p>")
