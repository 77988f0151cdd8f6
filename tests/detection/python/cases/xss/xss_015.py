from django.shortcuts import render


def show_comment(request):
    comment = request.headers.get("X-Comment", "")
    return render(request, "profile.html", {"bio": comment})
