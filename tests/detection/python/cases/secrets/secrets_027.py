import os

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
        "HOST": "db.internal.example.com",
    }
}
