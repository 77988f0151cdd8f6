from flask import Flask, request, send_from_directory

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/delete-upload", methods=["GET"])
def delete_upload():
    filename = request.args.get("filename", "")
    return send_from_directory(BASE_DIR, filename)
