from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/logout", methods=["POST"])
def logout():
    return_to = request.form["return_to"]
    target_value = "{}".format(return_to).strip()
    return Response(status=302, headers={"Location": target_value})
