from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "v*j)k0k!d=l@gxi!)cc3pr0p6uzjjl=2ktjrftowsb)wtb!x#y"
DEBUG = False
ALLOWED_HOSTS = ["portal.example.com"]
