import secrets
from http.cookies import SimpleCookie


def session_cookie_header() -> str:
    cookie = SimpleCookie()
    cookie["sid"] = secrets.token_hex(16)
    cookie["sid"]["path"] = "/"
    cookie["sid"]["httponly"] = True
    cookie["sid"]["secure"] = True
    cookie["sid"]["samesite"] = "Lax"
    return cookie.output(header="").strip()
