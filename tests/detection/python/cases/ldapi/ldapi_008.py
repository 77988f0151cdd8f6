from flask import Flask, jsonify, request

from benchlib import directory

app = Flask(__name__)


class PeopleSearch:
    def __init__(self, connection) -> None:
        self.connection = connection
        self.base = "ou=people,dc=example,dc=com"

    def by_department(self, department: str) -> list[str]:
        query = "(&(objectClass=inetOrgPerson)(departmentNumber=" + department + "))"
        self.connection.search(self.base, query, attributes=["cn"])
        return [str(entry.cn) for entry in self.connection.entries]


@app.route("/people")
def people():
    search = PeopleSearch(directory.connect())
    return jsonify(names=search.by_department(request.args["department"]))
