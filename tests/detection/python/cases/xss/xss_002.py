from django.http import HttpResponse


def profile_card(request):
    nickname = request.headers.get("X-Nickname", "")
    target_value = "{}".format(nickname).strip()
    return HttpResponse("<li>{}</li>".format(target_value), content_type="text/html")
