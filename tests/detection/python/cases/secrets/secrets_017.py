from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "5b604a5b7c2408c7421e45c326fa830dbfb3052be2db77a4"
app.config["SESSION_COOKIE_SECURE"] = True
