"""What the views need, built once per app by create_app and found through the app."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from securetag.auth import Authenticator
from securetag.config import Settings
from securetag.db import Database
from securetag.queue import TaskQueue
from securetag.scans import ScanService

EXTENSION = "securetag"


@dataclass
class Services:
    settings: Settings
    db: Database
    auth: Authenticator
    scans: ScanService

    @classmethod
    def build(cls, settings: Settings, db: Database) -> Services:
        return cls(
            settings=settings,
            db=db,
            auth=Authenticator(db, settings.pepper()),
            scans=ScanService(db, TaskQueue(db, settings)),
        )


def services() -> Services:
    return current_app.extensions[EXTENSION]
