"""Accessors for the current Flask request, shared by the views."""

from __future__ import annotations

from flask import request


def query_value(name: str, default: str = "") -> str:
    return request.args.get(name, default)


def form_value(name: str, default: str = "") -> str:
    return request.form.get(name, default)


def header_value(name: str) -> str:
    return request.headers.get(name, "")
