from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect, render


def next_page(request) -> str:
    return request.POST.get("next") or request.GET.get("next") or "/"


def sign_in(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        return redirect(next_page(request))
    return render(request, "login.html", {"form": form})
