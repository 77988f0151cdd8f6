from django.http import JsonResponse
from jinja2 import Environment


def preview_email(request):
    greeting = request.META.get("HTTP_X_GREETING", "")
    selected = greeting.strip()[:200]
    env = Environment(autoescape=True)
    html = env.from_string(f"<p>{selected}</p>").render(user="guest")
    return JsonResponse({"result": html})
