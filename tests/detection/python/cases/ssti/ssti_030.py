from django.http import JsonResponse
from jinja2 import Environment, FileSystemLoader


def banner(request, motd):
    entry = "{}".format(motd).strip()
    env = Environment(loader=FileSystemLoader("templates"), autoescape=True)
    html = env.get_template("greeting.html").render(title=entry)
    return JsonResponse({"result": html})
