from django.http import HttpResponse

DEFAULT_MESSAGE = "Welcome"


def user_bio(request):
    bio = request.headers.get("X-Bio", "")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = bio
        case "B":
            item = DEFAULT_MESSAGE
        case _:
            item = bio
    return HttpResponse("<p>Hello, " + item + "</p>")
