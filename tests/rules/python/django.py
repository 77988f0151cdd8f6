"""Examples for securetag/scanning/rules/python/django.yaml (read by `semgrep --test`)."""

import os
import shlex
import subprocess

import requests
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import get_valid_filename

from .models import Article

MEDIA_ROOT = "/srv/media"

# ruleid: securetag.python.django.debug-enabled
DEBUG = True
# ok: securetag.python.django.debug-enabled
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# ruleid: securetag.python.django.insecure-cookie-settings
SESSION_COOKIE_SECURE = False
# ok: securetag.python.django.insecure-cookie-settings
CSRF_COOKIE_SECURE = True


def article_search(request):
    title = request.GET.get("title", "")
    # ruleid: securetag.python.django.sqli
    found = Article.objects.raw("SELECT * FROM app_article WHERE title = '" + title + "'")
    # ok: securetag.python.django.sqli
    same = Article.objects.raw("SELECT * FROM app_article WHERE title = %s", [title])
    with connection.cursor() as cursor:
        # ruleid: securetag.python.django.sqli
        cursor.execute(f"DELETE FROM app_article WHERE id = {request.POST['id']}")
        # ok: securetag.python.django.sqli
        cursor.execute("DELETE FROM app_article WHERE id = %s", [request.POST["id"]])
    # ruleid: securetag.python.django.sqli
    Article.objects.extra(where=["title = '" + title + "'"])
    return render(request, "search.html", {"found": found, "same": same})


def thumbnail(request):
    name = request.GET["name"]
    # ruleid: securetag.python.django.command-injection
    subprocess.call("convert " + name + " thumb.png", shell=True)
    # ok: securetag.python.django.command-injection
    subprocess.call(["convert", name, "thumb.png"])
    # ok: securetag.python.django.command-injection
    os.system("convert " + shlex.quote(name) + " thumb.png")
    return HttpResponse("ok")


def greet(request):
    name = request.GET.get("name", "")
    if not name:
        # ruleid: securetag.python.django.xss
        return HttpResponse("<h1>Hello " + request.COOKIES["last_name"] + "</h1>")
    # ruleid: securetag.python.django.xss
    banner = mark_safe(f"<b>{name}</b>")
    # ok: securetag.python.django.xss
    HttpResponse("<h1>Hello " + escape(name) + "</h1>")
    # ok: securetag.python.django.xss
    HttpResponse(format_html("<h1>Hello {}</h1>", name))
    # ok: securetag.python.django.xss
    return render(request, "greet.html", {"name": name, "banner": banner})


def api_greet(request):
    # ok: securetag.python.django.xss
    return JsonResponse({"name": request.GET.get("name")})


def after_login(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        # ok: securetag.python.django.open-redirect
        return HttpResponseRedirect(target)
    if request.GET.get("legacy"):
        # ruleid: securetag.python.django.open-redirect
        return redirect(request.GET["legacy"])
    # ok: securetag.python.django.open-redirect
    return redirect(reverse("home"))


def media(request):
    name = request.GET["file"]
    # ruleid: securetag.python.django.path-traversal
    with open(os.path.join(MEDIA_ROOT, name), "rb") as handle:
        data = handle.read()
    # ok: securetag.python.django.path-traversal
    with open(os.path.join(MEDIA_ROOT, get_valid_filename(name)), "rb") as handle:
        data += handle.read()
    return HttpResponse(data, content_type="application/octet-stream")


def preview(request):
    # ruleid: securetag.python.django.ssrf
    page = requests.get(request.POST["url"], timeout=5)
    # ok: securetag.python.django.ssrf
    requests.post("https://hooks.example.com/preview", json={"url": request.POST["url"]}, timeout=5)
    return JsonResponse({"status": page.status_code})
