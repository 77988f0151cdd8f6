import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/read-manifest", methods=["POST"])
def read_manifest():
    payload = request.get_json(force=True)
    manifest = payload["manifest"]
    buffer = io.StringIO()
    buffer.write(manifest)
    item = buffer.getvalue()
    events = etree.iterparse(
        io.BytesIO(item.encode()), events=("end",), resolve_entities=True, load_dtd=True
    )
    tags = [element.tag for _, element in events]
    return jsonify(result=tags)
