from django.http import HttpResponse

from benchlib.settings import RuntimeSettings

DEFAULT_MESSAGE = "Welcome"


def profile_card(request):
    nickname = request.headers.get("X-Nickname", "")
    conf = RuntimeSettings(fallback=DEFAULT_MESSAGE)
    conf.put("requested", nickname)
    target_value = conf.value("requested")
    return HttpResponse("<li>{}</li>".format(target_value), content_type="text/html")
