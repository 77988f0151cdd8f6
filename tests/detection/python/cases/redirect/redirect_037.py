from flask import Flask, Response

app = Flask(__name__)


@app.route("/go/<path:target>", methods=["GET"])
def go(target):
    selected = target.strip()[:200]
    return Response(status=302, headers={"Location": selected})
