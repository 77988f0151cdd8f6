"""Every file under deploy/ is parsed and checked against the CLI, the settings and each other.

What a slip in these files costs an operator: a container or unit that runs a command the CLI
does not have, a setting nobody reads, a secret committed in a manifest, a pod the cluster
rejects or one that cannot build its sandbox, or a maintenance job that runs on one schedule
under cron and another under Kubernetes. No Docker engine, systemd or cluster is needed.
"""

from __future__ import annotations

import configparser
import fnmatch
import json
import re
import shlex
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import AliasChoices

from securetag.cli.main import build_parser
from securetag.kernel.config import BUILTIN_TASK_TYPES, Settings
from securetag.ops import cleanup

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
DOCKERFILE = DEPLOY / "Dockerfile"
DOCKERIGNORE = DEPLOY / "Dockerfile.dockerignore"
COMPOSE_FILE = DEPLOY / "compose.yaml"
KUBERNETES = DEPLOY / "kubernetes"
SECRET_EXAMPLE = KUBERNETES / "examples" / "secret.example.yaml"
SYSTEMD = DEPLOY / "systemd"
ENV_EXAMPLE = DEPLOY / "securetag.env.example"
GUNICORN_CONF = DEPLOY / "gunicorn.conf.py"

IMAGE_REPOSITORY = "securetag"
APP_UID = 10001
ENVIRONMENT_FILE = "/etc/securetag/securetag.env"
# Task types whose handlers run external tools under bubblewrap.
SANDBOXED_TASK_TYPES = frozenset({"code_audit", "web_scan"})
SANDBOX_OFF_VALUES = frozenset({"off", "0", "false", "no"})

SECRET_VARIABLE = re.compile(r"(PEPPER|KEYS|PASSWORD|API_KEY|SECRET|TOKEN)$")
PLACEHOLDER = re.compile(r"<[^<>\n]+>")
LITERAL_SECRETS = {
    "a URL with a password": re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@<>]+:[^/\s@<>]+@"),
    "a master key": re.compile(r"\bv\d+:[A-Za-z0-9+/]{42,}={0,2}"),
    "an API key": re.compile(r"\bstk_[A-Za-z0-9_-]{16,}"),
    "a private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
}
# Other programs' variables, by who documents them.
LIBPQ_VARIABLES = frozenset(
    {"PGPASSFILE", "PGSSLMODE", "PGSSLROOTCERT", "PGAPPNAME", "PGCONNECT_TIMEOUT"}
)
CRON_VARIABLES = frozenset({"SHELL", "PATH", "MAILTO", "CRON_TZ"})
BUILD_TOOL_PREFIXES = ("PYTHON", "PIP_")
CRON_FIELD_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
# systemd options that mask parts of /proc (bwrap's fresh procfs is then refused) or forbid
# the namespaces, mounts and hostname bwrap needs.
OPTIONS_THAT_BREAK_BUBBLEWRAP = (
    "RestrictNamespaces",
    "ProtectKernelTunables",
    "ProtectKernelLogs",
    "ProtectProc",
    "ProcSubset",
    "ProtectHostname",
    "SystemCallFilter",
    "PrivateUsers",
)


# --------------------------------------------------------------------------- file kinds


def file_kind(path: Path) -> str:
    """How this test reads a deploy file; "unknown" for a file it cannot check."""
    name, suffix = path.name, path.suffix
    if name == "Dockerfile":
        return "dockerfile"
    if name.endswith(".dockerignore") or name == ".gitignore":
        return "ignore"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix in (".service", ".timer") or (
        suffix == ".conf" and path.parent.name.endswith(".service.d")
    ):
        return "systemd"
    if suffix == ".cron":
        return "crontab"
    if name.endswith(".env.example"):
        return "envfile"
    if suffix == ".py":
        return "python"
    if suffix == ".md":
        return "markdown"
    if name == "psqlrc":
        return "psql"
    return "unknown"


def _deploy_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _files_of_kind(kind: str) -> list[Path]:
    return [p for p in _deploy_files() if file_kind(p) == kind]


# --------------------------------------------------------------------------- parsers


class _RepeatedKeys(dict):
    """configparser storage that keeps every value of a key systemd lets units repeat.

    configparser with strict=False keeps only the last Environment= line; systemd uses all.
    """

    def __setitem__(self, key: str, value: Any) -> None:
        previous = self.get(key)
        if isinstance(previous, list) and isinstance(value, list):
            previous.extend(value)
        else:
            super().__setitem__(key, value)


def read_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit or drop-in as {section: {key: [every value given]}}."""
    parser = configparser.ConfigParser(
        strict=False, interpolation=None, dict_type=_RepeatedKeys, delimiters=("=",)
    )
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(path.read_text(), source=str(path))
    return {
        section: {key: value.split("\n") for key, value in parser[section].items()}
        for section in parser.sections()
    }


def unit_value(unit: dict[str, dict[str, list[str]]], section: str, key: str) -> str | None:
    """The last value of a key (what systemd uses for a single-valued option), or None."""
    values = unit.get(section, {}).get(key)
    return values[-1] if values else None


@dataclass(frozen=True)
class DockerInstruction:
    keyword: str
    arguments: str


def read_dockerfile(path: Path = DOCKERFILE) -> list[DockerInstruction]:
    """The Dockerfile's instructions, continuation lines joined, comments dropped."""
    instructions: list[DockerInstruction] = []
    pending = ""
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        instructions.append(DockerInstruction(keyword.upper(), arguments.strip()))
        pending = ""
    assert not pending, f"{path}: the last instruction ends in a line continuation"
    return instructions


def _exec_form(instruction: DockerInstruction) -> list[str]:
    value = json.loads(instruction.arguments)
    assert isinstance(value, list), f"{instruction.keyword} must use the JSON exec form"
    return value


def _last(instructions: list[DockerInstruction], keyword: str) -> DockerInstruction:
    matching = [i for i in instructions if i.keyword == keyword]
    assert matching, f"the Dockerfile has no {keyword}"
    return matching[-1]


@dataclass(frozen=True)
class CronEntry:
    schedule: str
    user: str
    command: str


def read_crontab(path: Path) -> tuple[list[CronEntry], dict[str, str]]:
    """A /etc/cron.d file: its entries and its variable assignments."""
    entries: list[CronEntry] = []
    variables: dict[str, str] = {}
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        assignment = re.fullmatch(r"([A-Z_][A-Z0-9_]*)=(.*)", stripped)
        if assignment:
            variables[assignment.group(1)] = assignment.group(2)
            continue
        fields = stripped.split(None, 6)
        assert len(fields) == 7, f"{path}: not 'm h dom mon dow user command': {line!r}"
        entries.append(CronEntry(" ".join(fields[:5]), fields[5], fields[6]))
    return entries, variables


def securetag_argvs_in_shell(command: str) -> list[list[str]]:
    """The arguments of each `securetag` invocation in a shell command line."""
    argvs = []
    for segment in re.split(r"&&|\|\||;", command):
        words = shlex.split(segment)
        if words and Path(words[0]).name == "securetag":
            argvs.append(words[1:])
    return argvs


def _yaml_documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def _compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def _kubernetes_objects() -> list[tuple[Path, dict[str, Any]]]:
    """Every object of the manifests that get applied (examples and kustomization left out)."""
    objects = []
    for path in sorted(KUBERNETES.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        objects += [(path, doc) for doc in _yaml_documents(path)]
    return objects


def _pod_specs() -> list[tuple[str, dict[str, Any]]]:
    specs = []
    for _, obj in _kubernetes_objects():
        where = f"{obj['kind']} {obj['metadata']['name']}"
        if obj["kind"] in ("Deployment", "Job"):
            specs.append((where, obj["spec"]["template"]["spec"]))
        elif obj["kind"] == "CronJob":
            specs.append((where, obj["spec"]["jobTemplate"]["spec"]["template"]["spec"]))
    return specs


def _containers(pod: dict[str, Any]) -> list[dict[str, Any]]:
    return pod.get("initContainers", []) + pod["containers"]


def _objects_of_kind(kind: str) -> list[dict[str, Any]]:
    return [obj for _, obj in _kubernetes_objects() if obj["kind"] == kind]


def _one(kind: str, name: str) -> dict[str, Any]:
    found = [obj for obj in _objects_of_kind(kind) if obj["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


# --------------------------------------------------------------------------- the CLI side


def cli_arguments(argv: list[str], where: str) -> Any:
    """The parsed arguments, or a test failure naming the file that runs them."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit:
        pytest.fail(f"{where}: the CLI rejects `securetag {shlex.join(argv)}`")


def _worker_types(args: Any) -> set[str] | None:
    """The task types a parsed `worker` command serves; None means every registered type."""
    types = getattr(args, "types", None)
    return set(types.split(",")) if types else None


def _runs_sandboxed_tools(argv: list[str], where: str) -> bool:
    args = cli_arguments(argv, where)
    if args.command != "worker":
        return False
    types = _worker_types(args)
    return types is None or bool(types & SANDBOXED_TASK_TYPES)


def _dockerfile_command() -> list[str]:
    return _exec_form(_last(read_dockerfile(), "CMD"))


def _compose_command(service: dict[str, Any]) -> list[str]:
    command = service.get("command")
    if command is None:
        return _dockerfile_command()
    return command if isinstance(command, list) else shlex.split(command)


def _is_securetag_image(image: str) -> bool:
    return image.rsplit("/", 1)[-1].split(":")[0] == IMAGE_REPOSITORY


def _securetag_services() -> dict[str, dict[str, Any]]:
    return {
        name: service
        for name, service in _compose()["services"].items()
        if _is_securetag_image(service["image"])
    }


def _systemd_exec_argvs() -> list[tuple[str, list[str]]]:
    """(unit, securetag arguments) for every Exec*= line, templates filled per task type."""
    found = []
    for path in SYSTEMD.glob("*.service"):
        unit = read_unit(path)
        for key, values in unit.get("Service", {}).items():
            if not key.startswith("Exec"):
                continue
            for value in values:
                words = shlex.split(value.lstrip("-@+!:"))
                if Path(words[0]).name != "securetag":
                    continue
                instances = sorted(BUILTIN_TASK_TYPES) if "%i" in value else [None]
                for instance in instances:
                    argv = [w.replace("%i", instance or "") for w in words[1:]]
                    found.append((path.name.replace("@", f"@{instance or ''}"), argv))
    return found


def _cron_entries() -> list[tuple[Path, CronEntry]]:
    return [(path, entry) for path in _files_of_kind("crontab") for entry in read_crontab(path)[0]]


def every_securetag_command() -> list[tuple[str, list[str]]]:
    """(where, arguments) for each securetag command a deploy file runs."""
    commands: list[tuple[str, list[str]]] = [("Dockerfile CMD", _dockerfile_command())]
    for name, service in _securetag_services().items():
        commands.append((f"compose service {name}", _compose_command(service)))
    for where, pod in _pod_specs():
        for container in _containers(pod):
            if _is_securetag_image(container["image"]):
                assert "command" not in container, f"{where}: keep the image's ENTRYPOINT"
                commands.append((f"{where} container {container['name']}", container["args"]))
    commands += _systemd_exec_argvs()
    for path, entry in _cron_entries():
        commands += [(path.name, argv) for argv in securetag_argvs_in_shell(entry.command)]
    return commands


# --------------------------------------------------------------------------- environment


@dataclass(frozen=True)
class EnvSetting:
    where: str
    program: str  # who reads it: securetag, image-build, postgres, ollama, cron
    name: str
    value: str | None  # None: a reference (secretKeyRef, pass-through)


def _settings_variables() -> frozenset[str]:
    names = set()
    for field_name, field in Settings.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names.update(choice for choice in alias.choices if isinstance(choice, str))
        else:
            names.add(f"SECURETAG_{field_name.upper()}")
    return frozenset(names)


def _gunicorn_variables() -> frozenset[str]:
    text = GUNICORN_CONF.read_text()
    return frozenset(re.findall(r"os\.environ\.get\(\s*[\"'](\w+)[\"']", text))


def securetag_variables() -> frozenset[str]:
    """Every variable a Securetag process reads: its settings, gunicorn's config, libpq's."""
    return _settings_variables() | _gunicorn_variables() | LIBPQ_VARIABLES


def _is_read_by(program: str, name: str) -> bool:
    if program == "securetag":
        return name in securetag_variables()
    if program == "image-build":
        return name in securetag_variables() or name.startswith(BUILD_TOOL_PREFIXES)
    if program == "cron":
        return name in securetag_variables() or name in CRON_VARIABLES
    if program == "postgres":
        return name.startswith("POSTGRES_") or name == "PGDATA"
    if program == "ollama":
        return name.startswith("OLLAMA_")
    return False


def _assignments(words: list[str]) -> Iterator[tuple[str, str]]:
    for word in words:
        name, equals, value = word.partition("=")
        assert equals, f"not NAME=value: {word!r}"
        yield name, value


def _dockerfile_env() -> list[EnvSetting]:
    settings = []
    for instruction in read_dockerfile():
        if instruction.keyword == "ENV":
            for name, value in _assignments(shlex.split(instruction.arguments)):
                settings.append(EnvSetting("Dockerfile ENV", "image-build", name, value))
    return settings


def _compose_program(image: str) -> str:
    repository = image.rsplit("/", 1)[-1].split(":")[0]
    return {"securetag": "securetag", "postgres": "postgres", "ollama": "ollama"}.get(
        repository, f"unknown image {image}"
    )


def _compose_env() -> list[EnvSetting]:
    settings = []
    for name, service in _compose()["services"].items():
        environment = service.get("environment") or {}
        if isinstance(environment, list):
            environment = dict(item.partition("=")[::2] for item in environment)
        program = _compose_program(service["image"])
        for variable, value in environment.items():
            text = None if value is None else str(value)
            settings.append(EnvSetting(f"compose service {name}", program, variable, text))
    return settings


def _kubernetes_env() -> list[EnvSetting]:
    settings = []
    for config_map in _objects_of_kind("ConfigMap"):
        where = f"ConfigMap {config_map['metadata']['name']}"
        for name, value in config_map.get("data", {}).items():
            settings.append(EnvSetting(where, "securetag", name, str(value)))
    for where, pod in _pod_specs():
        for container in _containers(pod):
            program = "securetag" if _is_securetag_image(container["image"]) else "unknown"
            for item in container.get("env", []):
                value = item.get("value")
                settings.append(EnvSetting(where, program, item["name"], value))
    return settings


def _systemd_env() -> list[EnvSetting]:
    settings = []
    for path in _files_of_kind("systemd"):
        for value in read_unit(path).get("Service", {}).get("Environment", []):
            for name, text in _assignments(shlex.split(value)):
                where = path.relative_to(SYSTEMD).as_posix()
                settings.append(EnvSetting(where, "securetag", name, text))
    return settings


def read_env_file(path: Path) -> dict[str, str]:
    """NAME=value lines that both systemd's EnvironmentFile= and `sh -c '. FILE'` read alike."""
    variables = {}
    for line in path.read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, equals, value = line.partition("=")
        assert equals and re.fullmatch(r"[A-Z_][A-Z0-9_]*", name), f"{path}: {line!r}"
        if re.search(r"[\s{}\"'$`;&|]", value):
            assert value.startswith("'") and value.endswith("'"), (
                f"{path}: quote {name}'s value with single quotes for sh and systemd alike"
            )
            value = value[1:-1]
        variables[name] = value
    return variables


def every_env_setting() -> list[EnvSetting]:
    """Every environment variable any deploy file sets, with who reads it."""
    settings = _dockerfile_env() + _compose_env() + _kubernetes_env() + _systemd_env()
    settings += [
        EnvSetting(ENV_EXAMPLE.name, "securetag", name, value)
        for name, value in read_env_file(ENV_EXAMPLE).items()
    ]
    for path in _files_of_kind("crontab"):
        for name, value in read_crontab(path)[1].items():
            settings.append(EnvSetting(path.name, "cron", name, value))
    return settings


def _env_of(settings: list[EnvSetting], where: str) -> dict[str, str | None]:
    return {s.name: s.value for s in settings if s.where == where}


# --------------------------------------------------------------------------- schedules


def is_valid_cron(expression: str) -> bool:
    """A 5-field cron expression of numbers, ranges, lists, * and steps within each range."""
    fields = expression.split()
    return len(fields) == 5 and all(
        _valid_cron_field(field, low, high)
        for field, (low, high) in zip(fields, CRON_FIELD_RANGES, strict=True)
    )


def _valid_cron_field(field: str, low: int, high: int) -> bool:
    for part in field.split(","):
        base, slash, step = part.partition("/")
        if slash and not (step.isdigit() and int(step) > 0):
            return False
        if base == "*":
            continue
        bounds = base.split("-")
        if len(bounds) > 2 or not all(b.isdigit() and low <= int(b) <= high for b in bounds):
            return False
        if len(bounds) == 2 and int(bounds[0]) > int(bounds[1]):
            return False
    return True


def on_calendar_for(cron: str) -> str:
    """The systemd OnCalendar= expression for a cron schedule of minutes and hours."""
    minute, hour, *days = cron.split()
    assert days == ["*", "*", "*"], f"{cron!r}: convert day fields by hand and extend this test"

    def part(field: str) -> str:
        if field in ("*", "*/1"):
            return "*"
        if field.startswith("*/"):
            return f"0/{field[2:]}"
        return f"{int(field):02d}"

    if part(hour) == "*":
        return f"*:{part(minute)}:00"
    return f"*-*-* {part(hour)}:{part(minute)}:00"


def _cron_schedules() -> dict[tuple[str, ...], str]:
    schedules = {}
    for path, entry in _cron_entries():
        assert is_valid_cron(entry.schedule), f"{path.name}: bad schedule {entry.schedule!r}"
        for argv in securetag_argvs_in_shell(entry.command):
            schedules[tuple(argv)] = entry.schedule
    return schedules


def _kubernetes_schedules() -> dict[tuple[str, ...], str]:
    schedules = {}
    for cron_job in _objects_of_kind("CronJob"):
        pod = cron_job["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        for container in pod["containers"]:
            schedules[tuple(container["args"])] = cron_job["spec"]["schedule"]
    return schedules


def _systemd_calendars() -> dict[tuple[str, ...], str]:
    calendars = {}
    for timer_path in SYSTEMD.glob("*.timer"):
        timer = read_unit(timer_path)
        service_name = unit_value(timer, "Timer", "Unit") or timer_path.stem + ".service"
        service = read_unit(SYSTEMD / service_name)
        words = shlex.split(unit_value(service, "Service", "ExecStart") or "")
        calendars[tuple(words[1:])] = unit_value(timer, "Timer", "OnCalendar") or ""
    return calendars


# =========================================================================== tests: files


def test_every_deploy_file_is_one_this_test_can_read() -> None:
    unknown = [str(p.relative_to(DEPLOY)) for p in _deploy_files() if file_kind(p) == "unknown"]
    assert not unknown, f"teach test_deploy_files.py to check {unknown}"


def test_every_yaml_unit_and_python_file_parses() -> None:
    for path in _files_of_kind("yaml"):
        assert _yaml_documents(path), f"{path} holds no YAML document"
    for path in _files_of_kind("systemd"):
        assert read_unit(path), f"{path} has no section"
    for path in _files_of_kind("python"):
        compile(path.read_text(), str(path), "exec")


def test_the_deploy_readme_names_every_file_here() -> None:
    readme = (DEPLOY / "README.md").read_text()
    for entry in DEPLOY.iterdir():
        if entry.name not in ("README.md", "__pycache__"):
            assert f"`{entry.name}" in readme, f"deploy/README.md does not describe {entry.name}"


def test_the_operator_psqlrc_holds_only_psql_commands_and_comments() -> None:
    for path in _files_of_kind("psql"):
        for line in path.read_text().splitlines():
            assert not line.strip() or line.startswith(("\\", "--")), f"{path.name}: {line!r}"


def test_secret_files_for_compose_are_kept_out_of_git_and_the_image() -> None:
    gitignore = (DEPLOY / "secrets" / ".gitignore").read_text().split()
    assert "*" in gitignore and "!.gitignore" in gitignore
    ignored = DOCKERIGNORE.read_text().split()
    for local_state in (".securetag", ".venv", ".git", "deploy/secrets"):
        assert local_state in ignored, f"the build context would include {local_state}"


# =========================================================================== tests: Dockerfile


def test_the_image_is_python_311_slim_with_bubblewrap_and_the_project() -> None:
    instructions = read_dockerfile()
    assert instructions[0] == DockerInstruction("FROM", "python:3.11-slim-bookworm")
    runs = " ".join(i.arguments for i in instructions if i.keyword == "RUN")
    assert re.search(r"apt-get install -y --no-install-recommends [^&]*\bbubblewrap\b", runs)
    assert "rm -rf /var/lib/apt/lists/*" in runs
    assert re.search(r"\bpip install \.(\s|$)", runs)


def test_the_image_runs_securetag_as_uid_10001_and_serves_by_default() -> None:
    instructions = read_dockerfile()
    user = _last(instructions, "USER").arguments
    assert user.split(":")[0] == str(APP_UID), "USER must be numeric so runAsNonRoot can check it"
    last_run = max(i for i, ins in enumerate(instructions) if ins.keyword == "RUN")
    last_user = max(i for i, ins in enumerate(instructions) if ins.keyword == "USER")
    assert last_user > last_run, "a RUN after USER would need root again"
    assert _exec_form(_last(instructions, "ENTRYPOINT")) == ["securetag"]
    assert _dockerfile_command() == ["serve"]
    cli_arguments(_dockerfile_command(), "Dockerfile CMD")


def test_the_image_copies_only_files_that_exist_and_the_context_keeps() -> None:
    patterns = [
        line.strip()
        for line in DOCKERIGNORE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for instruction in read_dockerfile():
        if instruction.keyword != "COPY" or "--from" in instruction.arguments:
            continue
        *sources, _destination = shlex.split(instruction.arguments)
        for source in sources:
            assert (REPO / source).exists(), f"COPY {source}: no such path in the repository"
            excluded = [p for p in patterns if fnmatch.fnmatch(source.rstrip("/"), p)]
            assert not excluded, f"COPY {source} is excluded from the context by {excluded}"


def test_serve_finds_its_gunicorn_config_inside_the_image() -> None:
    # deploy/ is the package securetag.deploy: `pip install .` ships gunicorn.conf.py.
    copies = [i.arguments for i in read_dockerfile() if i.keyword == "COPY"]
    assert any(arguments.split()[0] == "deploy/" for arguments in copies), copies
    pyproject = (REPO / "pyproject.toml").read_text()
    assert '"securetag.deploy" = ["gunicorn.conf.py"]' in pyproject


# =========================================================================== tests: commands


def test_every_command_the_deploy_files_run_is_one_the_cli_accepts() -> None:
    commands = every_securetag_command()
    for where, argv in commands:
        args = cli_arguments(argv, where)
        if args.command == "worker":
            types = _worker_types(args) or set()
            unknown = types - set(BUILTIN_TASK_TYPES)
            assert not unknown, f"{where}: --types names unknown task types {unknown}"
    run = {argv[0] for _, argv in commands}
    assert {"serve", "worker", "migrate", "cleanup"} <= run


def test_every_task_type_has_a_worker_in_each_deployment() -> None:
    real_types = set(BUILTIN_TASK_TYPES) - {"noop"}
    compose = set()
    for name, service in _securetag_services().items():
        args = cli_arguments(_compose_command(service), f"compose service {name}")
        if args.command == "worker":
            compose |= _worker_types(args) or real_types
    kubernetes = set()
    for where, pod in _pod_specs():
        for container in pod["containers"]:
            args = cli_arguments(container["args"], where)
            if args.command == "worker":
                kubernetes |= _worker_types(args) or real_types
    assert compose >= real_types, f"compose runs no worker for {real_types - compose}"
    assert kubernetes >= real_types, f"Kubernetes runs no worker for {real_types - kubernetes}"


def test_every_cleanup_job_runs_under_cron_kubernetes_and_systemd_alike() -> None:
    cron = _cron_schedules()
    kubernetes = _kubernetes_schedules()
    systemd = _systemd_calendars()
    for job in cleanup.JOBS:
        argv = ("cleanup", job)
        assert argv in cron, f"deploy/cron runs no `cleanup {job}`"
        # A CronJob's pod cannot see a worker pod's files; the worker cleans at start.
        assert (argv in kubernetes) != (job in cleanup.HOST_JOBS), f"CronJob for `cleanup {job}`"
        assert argv in systemd, f"no systemd timer runs `cleanup {job}`"
    assert next(a[:2] for a in kubernetes if a[0] == "keys") == ("keys", "rewrap")


def test_kubernetes_cronjobs_run_what_the_cron_file_runs_on_its_schedules() -> None:
    kubernetes = _kubernetes_schedules()
    for argv, schedule in _cron_schedules().items():
        if argv[0] == "cleanup" and argv[1] in cleanup.HOST_JOBS:
            continue
        assert argv in kubernetes, f"no CronJob runs `securetag {shlex.join(argv)}`"
        assert kubernetes[argv] == schedule, f"{argv}: {kubernetes[argv]!r} vs cron {schedule!r}"
    for argv, schedule in kubernetes.items():
        assert is_valid_cron(schedule), f"CronJob for {argv}: bad schedule {schedule!r}"


def test_systemd_timers_run_what_the_cron_file_runs_at_the_same_times() -> None:
    systemd = _systemd_calendars()
    for argv, schedule in _cron_schedules().items():
        assert argv in systemd, f"no systemd timer runs `securetag {shlex.join(argv)}`"
        assert systemd[argv] == on_calendar_for(schedule), f"{argv}: cron says {schedule!r}"


@pytest.mark.parametrize(
    ("expression", "valid"),
    [
        ("*/1 * * * *", True),
        ("17 3 * * 1-5", True),
        ("0,30 */2 1 1-12/3 7", True),
        ("60 * * * *", False),
        ("* 24 * * *", False),
        ("*/0 * * * *", False),
        ("5-1 * * * *", False),
        ("* * * *", False),
        ("@hourly", False),
    ],
)
def test_cron_expressions_are_checked_field_by_field(expression: str, valid: bool) -> None:
    assert is_valid_cron(expression) is valid


def test_cron_schedules_convert_to_systemd_calendar_expressions() -> None:
    assert on_calendar_for("*/1 * * * *") == "*:*:00"
    assert on_calendar_for("*/15 * * * *") == "*:0/15:00"
    assert on_calendar_for("7 * * * *") == "*:07:00"
    assert on_calendar_for("27 3 * * *") == "*-*-* 03:27:00"


# =========================================================================== tests: environment


def test_every_variable_the_deploy_files_set_is_read_by_its_program() -> None:
    unread = [
        f"{s.where}: {s.name} ({s.program})"
        for s in every_env_setting()
        if not _is_read_by(s.program, s.name)
    ]
    assert not unread, "set but read by nobody (a typo, or a setting that no longer exists):\n" + (
        "\n".join(unread)
    )


def test_no_deploy_file_switches_the_sandbox_off() -> None:
    for setting in every_env_setting():
        if setting.name == "SECURETAG_SANDBOX" and setting.value is not None:
            assert setting.value.lower() not in SANDBOX_OFF_VALUES, setting.where


def test_secret_variables_are_references_never_values() -> None:
    for setting in every_env_setting():
        if SECRET_VARIABLE.search(setting.name) and setting.value not in (None, ""):
            assert setting.value.startswith("${") or PLACEHOLDER.fullmatch(setting.value), (
                f"{setting.where}: {setting.name} holds a value; use a *_FILE path or a "
                "secretKeyRef instead"
            )


def test_no_deploy_file_holds_a_literal_secret() -> None:
    for path in _deploy_files():
        text = PLACEHOLDER.sub("<placeholder>", path.read_text())
        for what, pattern in LITERAL_SECRETS.items():
            match = pattern.search(text)
            assert match is None, f"{path.relative_to(DEPLOY)} holds {what}: {match.group(0)!r}"


def test_the_env_file_example_is_readable_by_systemd_and_sh() -> None:
    variables = read_env_file(ENV_EXAMPLE)
    assert variables["SECURETAG_MASTER_KEY_FILE"].startswith("/etc/securetag/")
    assert variables["SECURETAG_API_KEY_PEPPER_FILE"].startswith("/etc/securetag/")


# =========================================================================== tests: compose


def test_compose_images_and_postgres_version() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    services = _compose()["services"]
    assert services["postgres"]["image"].split(":")[1].split("-")[0] == "16"
    for name, service in _securetag_services().items():
        assert service["image"] == f"{IMAGE_REPOSITORY}:{version}", name
        assert service["build"]["dockerfile"] == "deploy/Dockerfile", name
        assert (COMPOSE_FILE.parent / service["build"]["context"]).resolve() == REPO, name


def test_compose_containers_drop_privileges() -> None:
    for name, service in _securetag_services().items():
        assert service["read_only"] is True, name
        assert service["cap_drop"] == ["ALL"] and "cap_add" not in service, name
        assert "no-new-privileges:true" in service["security_opt"], name
        assert "privileged" not in service, name
        tmp = [v for v in service["volumes"] if isinstance(v, dict) and v["target"] == "/tmp"]
        assert tmp and tmp[0]["type"] == "tmpfs", f"{name}: /tmp must be writable"


def test_compose_relaxes_seccomp_apparmor_and_proc_only_for_sandboxing_workers() -> None:
    relaxed = {"seccomp=unconfined", "apparmor=unconfined", "systempaths=unconfined"}
    for name, service in _securetag_services().items():
        options = set(service["security_opt"])
        if _runs_sandboxed_tools(_compose_command(service), name):
            assert relaxed <= options, f"{name}: bwrap cannot build its namespaces"
        else:
            assert not relaxed & options, f"{name} runs no sandbox and needs no exception"


def test_compose_starts_everything_after_migrations_on_a_healthy_database() -> None:
    services = _securetag_services()
    migrate = next(n for n, s in services.items() if _compose_command(s) == ["migrate"])
    postgres_check = _compose()["services"]["postgres"]["healthcheck"]["test"]
    assert "pg_isready" in postgres_check
    assert services[migrate]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services[migrate]["restart"] == "no"
    for name, service in services.items():
        if name != migrate:
            condition = service["depends_on"][migrate]["condition"]
            assert condition == "service_completed_successfully", name


def test_compose_api_healthcheck_asks_healthz_on_the_port_it_publishes() -> None:
    services = _securetag_services()
    api = next(s for s in services.values() if _compose_command(s)[0] == "serve")
    port = _env_of(_dockerfile_env(), "Dockerfile ENV")["SECURETAG_API_PORT"]
    check = " ".join(api["healthcheck"]["test"])
    assert f"127.0.0.1:{port}/healthz'" in check
    assert any(str(p).endswith(f":{port}") for p in api["ports"])


def test_compose_secrets_are_files_mounted_where_the_settings_point() -> None:
    compose = _compose()
    for name, secret in compose["secrets"].items():
        assert set(secret) == {"file"} and secret["file"].startswith("./secrets/"), name
    for name, service in compose["services"].items():
        mounted = set(service.get("secrets", []))
        for variable, value in (service.get("environment") or {}).items():
            if variable.endswith("_FILE"):
                secret = value.removeprefix("/run/secrets/")
                assert secret in mounted, f"{name}: {variable} names an unmounted secret"


def test_compose_triage_worker_reaches_the_optional_ollama_service() -> None:
    compose = _compose()
    ollama = compose["services"]["ollama"]
    assert ollama["profiles"] == ["llm"]
    triage = next(
        s
        for n, s in _securetag_services().items()
        if _worker_types(cli_arguments(_compose_command(s), n)) == {"triage"}
    )
    assert triage["environment"]["SECURETAG_LLM_URL"] == "http://ollama:11434"
    assert triage["environment"]["SECURETAG_LLM_API"] == "ollama"
    assert triage["depends_on"]["ollama"]["required"] is False, "without --profile llm it fails"


# =========================================================================== tests: Kubernetes


def test_kubernetes_applies_every_object_but_secrets_and_one_shot_jobs() -> None:
    kustomization = yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    for path, obj in _kubernetes_objects():
        assert obj["kind"] != "Secret", f"{path.name} defines a Secret with values"
        # A Job's pod template is immutable: re-applying it on the next release fails.
        expected = obj["kind"] != "Job"
        assert (path.name in listed) is expected, f"{path.name} ({obj['kind']})"
    assert SECRET_EXAMPLE.relative_to(KUBERNETES).as_posix() not in listed


def test_kubernetes_objects_live_in_the_securetag_namespace() -> None:
    namespaces = {obj["metadata"]["name"] for obj in _objects_of_kind("Namespace")}
    for path, obj in _kubernetes_objects():
        if obj["kind"] != "Namespace":
            assert obj["metadata"]["namespace"] in namespaces, f"{path.name}: {obj['kind']}"


def test_kubernetes_images_are_this_release() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    for where, pod in _pod_specs():
        for container in _containers(pod):
            assert container["image"] == f"{IMAGE_REPOSITORY}:{version}", where


def test_kubernetes_pods_run_as_the_unprivileged_uid_without_extras() -> None:
    for where, pod in _pod_specs():
        assert pod["automountServiceAccountToken"] is False, where
        # Service links would set SECURETAG_API_PORT=tcp://..., which the settings refuse.
        assert pod["enableServiceLinks"] is False, where
        context = pod["securityContext"]
        assert context["runAsNonRoot"] is True and context["runAsUser"] == APP_UID, where


def test_kubernetes_containers_have_the_restricted_security_context() -> None:
    for where, pod in _pod_specs():
        for container in _containers(pod):
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False, where
            assert context["readOnlyRootFilesystem"] is True, where
            assert context["runAsNonRoot"] is True, where
            assert context["capabilities"] == {"drop": ["ALL"]}, where
            assert "privileged" not in context, where


def test_kubernetes_containers_have_a_tmp_volume_and_resource_bounds() -> None:
    for where, pod in _pod_specs():
        volumes = {v["name"]: v for v in pod["volumes"]}
        for container in _containers(pod):
            tmp = [m for m in container["volumeMounts"] if m["mountPath"] == "/tmp"]
            assert tmp, f"{where}: a read-only root needs a writable /tmp"
            assert "sizeLimit" in volumes[tmp[0]["name"]]["emptyDir"], where
            for bound in ("requests", "limits"):
                assert set(container["resources"][bound]) >= {"cpu", "memory"}, where


def test_only_sandboxing_workers_leave_the_runtime_default_profiles() -> None:
    for where, pod in _pod_specs():
        pod_seccomp = pod["securityContext"].get("seccompProfile", {}).get("type")
        for container in pod["containers"]:
            context = container["securityContext"]
            seccomp = context.get("seccompProfile", {}).get("type", pod_seccomp)
            if _runs_sandboxed_tools(container["args"], where):
                assert pod["hostUsers"] is False, f"{where}: Unmasked /proc needs hostUsers"
                assert context["procMount"] == "Unmasked", where
                assert seccomp in ("Unconfined", "Localhost"), where
                assert context["appArmorProfile"]["type"] in ("Unconfined", "Localhost"), where
            else:
                assert seccomp == "RuntimeDefault", where
                assert "procMount" not in context and "appArmorProfile" not in context, where


def test_kubernetes_api_probes_health_endpoints_on_its_port() -> None:
    api = _one("Deployment", "securetag-api")
    container = api["spec"]["template"]["spec"]["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    config = _one("ConfigMap", "securetag-config")["data"]
    assert ports["http"] == int(config["SECURETAG_API_PORT"])
    assert config["SECURETAG_API_HOST"] == "0.0.0.0", "the Service could not reach the pods"
    probes = {kind: container[kind]["httpGet"] for kind in ("livenessProbe", "readinessProbe")}
    assert probes["livenessProbe"] == {"path": "/healthz", "port": "http"}
    assert probes["readinessProbe"] == {"path": "/healthz/db", "port": "http"}
    service = _one("Service", "securetag-api")
    assert (
        service["spec"]["selector"].items() <= api["spec"]["template"]["metadata"]["labels"].items()
    )
    assert all(p["targetPort"] in ("http", ports["http"]) for p in service["spec"]["ports"])


def test_kubernetes_secrets_are_referenced_by_keys_the_example_lists() -> None:
    example = _yaml_documents(SECRET_EXAMPLE)[0]
    keys = set(example["stringData"])
    for value in example["stringData"].values():
        assert PLACEHOLDER.fullmatch(value), f"{SECRET_EXAMPLE.name}: {value!r} is no placeholder"
    used = set()
    for where, pod in _pod_specs():
        for container in _containers(pod):
            for item in container.get("env", []):
                reference = item.get("valueFrom", {}).get("secretKeyRef")
                if reference:
                    assert reference["name"] == example["metadata"]["name"], where
                    used.add(reference["key"])
        for volume in pod["volumes"]:
            if "secret" in volume:
                used |= {item["key"] for item in volume["secret"]["items"]}
    assert used <= keys, f"the example Secret lacks {used - keys}"
    assert keys <= used, f"the example Secret lists keys nothing reads: {keys - used}"


def test_kubernetes_secret_files_are_readable_by_the_pod_group_only() -> None:
    for where, pod in _pod_specs():
        for volume in pod["volumes"]:
            if "secret" in volume:
                assert volume["secret"]["defaultMode"] == 0o440, where
                assert pod["securityContext"]["fsGroup"] == APP_UID, where


# =========================================================================== tests: systemd


def test_systemd_services_run_securetag_as_its_user_with_the_environment_file() -> None:
    for path in SYSTEMD.glob("*.service"):
        unit = read_unit(path)
        assert unit_value(unit, "Service", "User") == "securetag", path.name
        assert unit_value(unit, "Service", "EnvironmentFile") == ENVIRONMENT_FILE, path.name
        assert unit_value(unit, "Service", "NoNewPrivileges") == "yes", path.name
        assert unit_value(unit, "Service", "CapabilityBoundingSet") == "", path.name
        assert unit_value(unit, "Service", "ProtectSystem") == "strict", path.name
        exec_start = shlex.split(unit_value(unit, "Service", "ExecStart") or "")
        assert exec_start[0].startswith("/") and exec_start[0].endswith("/securetag"), path.name


def test_systemd_worker_keeps_what_bubblewrap_needs_and_the_rest_lock_namespaces() -> None:
    for path in SYSTEMD.glob("*.service"):
        service = read_unit(path)["Service"]
        if path.name == "securetag-worker@.service":
            present = [option for option in OPTIONS_THAT_BREAK_BUBBLEWRAP if option in service]
            assert not present, f"{path.name}: {present} would stop bwrap"
            assert "AF_NETLINK" in service["RestrictAddressFamilies"][-1].split()
        else:
            assert service["RestrictNamespaces"] == ["yes"], path.name


def test_systemd_api_serves_with_the_checkout_s_gunicorn_config() -> None:
    unit = read_unit(SYSTEMD / "securetag-api.service")
    argv = shlex.split(unit_value(unit, "Service", "ExecStart") or "")[1:]
    args = cli_arguments(argv, "securetag-api.service")
    assert args.command == "serve"
    assert Path(args.config).relative_to("/opt/securetag") == GUNICORN_CONF.relative_to(REPO)


def test_systemd_timers_start_existing_oneshot_services() -> None:
    timers = list(SYSTEMD.glob("*.timer"))
    assert timers
    for timer_path in timers:
        timer = read_unit(timer_path)
        service_path = SYSTEMD / (unit_value(timer, "Timer", "Unit") or "")
        assert service_path.is_file(), f"{timer_path.name} starts a missing unit"
        assert unit_value(timer, "Install", "WantedBy") == "timers.target", timer_path.name
        service = read_unit(service_path)
        assert unit_value(service, "Service", "Type") == "oneshot", service_path.name
        assert unit_value(service, "Install", "Also") == timer_path.name, service_path.name
