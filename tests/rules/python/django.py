"""Examples for securetag/scanning/rules/python/django.yaml (read by `semgrep --test`)."""

import os

# ruleid: securetag.python.django.debug-enabled
DEBUG = True
# ok: securetag.python.django.debug-enabled
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# ruleid: securetag.python.django.insecure-cookie-settings
SESSION_COOKIE_SECURE = False
# ok: securetag.python.django.insecure-cookie-settings
CSRF_COOKIE_SECURE = True
