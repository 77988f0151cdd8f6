"""Deployment files only run commands the CLI really has."""

import re
import shlex
from pathlib import Path

from securetag.cli.main import build_parser
from securetag.ops.cleanup import JOBS

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def securetag_commands() -> list[list[str]]:
    commands = []
    for path in DEPLOY.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            for match in re.finditer(r"\bsecuretag ((?:[a-z-]+)(?: [^\n#]*)?)", path.read_text()):
                commands.append(shlex.split(match.group(1).replace("%i", "noop")))
    return commands


def test_deploy_files_name_real_subcommands() -> None:
    commands = securetag_commands()
    assert ["migrate"] in commands and ["worker", "--types", "noop"] in commands
    parser = build_parser()
    for argv in commands:
        parser.parse_args(argv)  # exits (fails the test) on an unknown command or flag


def test_systemd_units_have_the_sections_systemd_needs() -> None:
    for unit in (DEPLOY / "systemd").glob("*.service"):
        text = unit.read_text()
        for section in ("[Unit]", "[Service]", "[Install]"):
            assert section in text, f"{unit.name} lacks {section}"
        assert re.search(r"^ExecStart=/\S+/securetag ", text, re.M), unit.name


def test_every_cron_line_runs_a_real_securetag_command() -> None:
    cron = (DEPLOY / "cron" / "securetag.cron").read_text()
    entries = [line for line in cron.splitlines() if line and line[0] in "*0123456789"]
    assert len(entries) >= 8
    jobs = set()
    for line in entries:
        fields = line.split(None, 6)
        schedule, user, command = fields[:5], fields[5], fields[6]
        assert all(re.fullmatch(r"[\d*/,-]+", f) for f in schedule), line
        assert user == "securetag"
        argv = shlex.split(command.split("set +a;", 1)[1])
        assert argv[0] == "securetag", line
        build_parser().parse_args(argv[1:])  # exits (fails the test) on an unknown command
        jobs.add(" ".join(argv[1:3]))
    assert {f"cleanup {job}" for job in JOBS} <= jobs
