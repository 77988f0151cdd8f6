import secrets

from accounts.auth import check_credentials
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = check_credentials(request.form["username"], request.form["password"])
    if user is None:
        return jsonify(error="invalid credentials"), 401
    token = secrets.token_urlsafe(32)
    response = jsonify(user=user.name)
    response.set_cookie(key="auth", value=token, max_age=3600, httponly=True)
    return response
