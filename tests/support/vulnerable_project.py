"""A small vulnerable multi-language project: the scanners' shared fixture.

Flask (SQL and command injection), Express (XSS), a Java servlet (SQL
injection) and Go (command injection), each beside a safe variant that must
not be reported; plus a settings file holding a fake AWS key for the secrets
scanner.
"""

FLASK_APP = """\
import os
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/users")
def find_user():
    name = request.args.get("name", "")
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return jsonify(cursor.fetchall())


@app.route("/users/safe")
def find_user_safely():
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute("SELECT * FROM users WHERE name = ?", (request.args["name"],))
    return jsonify(cursor.fetchall())


@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host)
    return "sent"
"""

EXPRESS_SERVER = """\
const express = require("express");

const app = express();

app.get("/hello", (req, res) => {
  res.send("<h1>Grüß dich " + req.query.name + "</h1>");
});

app.get("/api/hello", (req, res) => {
  res.json({ greeting: "Hello " + req.query.name });
});

module.exports = app;
"""

JAVA_DAO = """\
package com.example;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class UserServlet extends HttpServlet {
    private Connection connection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String id = request.getParameter("id");
        try {
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM users "
                + "WHERE id = " + id);
            rows.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
"""

GO_COMMAND = """\
package main

import (
\t"net/http"
\t"os/exec"
)

func convert(w http.ResponseWriter, r *http.Request) {
\tname := r.FormValue("file")
\texec.Command("sh", "-c", "convert "+name+" out.png").Run()
\texec.Command("convert", "in.png", "out.png").Run()
}

func main() {
\thttp.HandleFunc("/convert", convert)
\thttp.ListenAndServe(":8080", nil)
}
"""

SETTINGS_WITH_A_KEY = """\
DEBUG = False
AWS_ACCESS_KEY_ID = "AKIAZ7Q3RTXPLM4KWN2B"
AWS_SECRET_ACCESS_KEY = "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"
"""
