"""Dataset files: examples written as JSON Lines in a format fine-tuning tools read, and checked.

Two formats, both read by the common fine-tuning tools:

- "chat": `{"messages": [system, user, assistant]}` (TRL SFTTrainer, Axolotl
  `type: chat_template`, LLaMA-Factory's openai/sharegpt layouts);
- "alpaca": `{"instruction", "input", "output"}` (instruction is the system prompt).

`write_dataset` writes train and validation files (the split decided by each example's
split key, stable across exports); `validate_file` checks a file before a GPU hour is
spent on it.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from securetag.training.examples import DatasetError, Example, ExampleKind, ExampleSet, SkipReason
from securetag.triage.prompt import TriageVerdict


class ExportFormat(enum.StrEnum):
    CHAT = "chat"
    ALPACA = "alpaca"


TRAIN = "train"
VALIDATION = "validation"
VALIDATION_INFIX = ".val"
MAX_REPORTED_ERRORS = 20


# --- formats and files ---------------------------------------------------------------------


def to_chat(example: Example) -> dict[str, list[dict[str, str]]]:
    """`{"messages": [system, user, assistant]}`, as TRL, Axolotl and LLaMA-Factory read it."""
    return {
        "messages": [
            {"role": "system", "content": example.system},
            {"role": "user", "content": example.user},
            {"role": "assistant", "content": example.assistant},
        ]
    }


def to_alpaca(example: Example) -> dict[str, str]:
    """`{"instruction", "input", "output"}`: the system prompt, the user message, the answer."""
    return {"instruction": example.system, "input": example.user, "output": example.assistant}


_RENDERERS: dict[ExportFormat, Callable[[Example], dict[str, Any]]] = {
    ExportFormat.CHAT: to_chat,
    ExportFormat.ALPACA: to_alpaca,
}


def split_of(fingerprint: str, validation_ratio: float) -> str:
    """TRAIN or VALIDATION ("train", "validation"), decided by the SHA-256 of `fingerprint`.

    The same finding lands on the same side in every export, so a later export
    never moves a validation example into training.
    """
    _check_ratio(validation_ratio)
    digest = hashlib.sha256(fingerprint.encode("utf-8")).digest()
    position = int.from_bytes(digest[:8], "big") / 2**64
    return VALIDATION if position < validation_ratio else TRAIN


def _check_ratio(validation_ratio: float) -> None:
    if not (isinstance(validation_ratio, int | float) and 0.0 <= validation_ratio <= 1.0):
        raise DatasetError(
            f"validation_ratio must be between 0 and 1, not {validation_ratio!r}",
            details={"validation_ratio": repr(validation_ratio)},
        )


def validation_path(out: Path) -> Path:
    """Where the validation split of `out` goes: `triage.jsonl` -> `triage.val.jsonl`."""
    return out.with_name(f"{out.stem}{VALIDATION_INFIX}{out.suffix}")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    format: ExportFormat
    train_path: Path
    validation_path: Path
    train: int
    validation: int
    skipped: dict[str, int]
    """Inputs left out, by reason; opted_out, unlabeled, untrusted_label, suspected_injection
    and duplicate are always present."""
    withheld_lines: int = 0
    """Lines of exported examples replaced because they addressed the model."""


def write_dataset(
    examples: Iterable[Example],
    out: Path,
    fmt: str,
    *,
    validation_ratio: float = 0.1,
) -> ExportSummary:
    """Write `examples` as JSON Lines (UTF-8): the train split to `out`, the rest beside it.

    Order is the order given. Both files are always written (the validation file
    empty if nothing falls into it), each atomically, so a stale split from an
    earlier export never sits next to a new one.
    """
    export_format = _export_format(fmt)
    _check_ratio(validation_ratio)
    render = _RENDERERS[export_format]
    counts = Counter({TRAIN: 0, VALIDATION: 0})
    withheld = 0
    val_out = validation_path(out)
    with _atomic_text_file(out) as train_file, _atomic_text_file(val_out) as validation_file:
        files = {TRAIN: train_file, VALIDATION: validation_file}
        for example in examples:
            split = split_of(example.split_key, validation_ratio)
            files[split].write(json.dumps(render(example), ensure_ascii=False) + "\n")
            counts[split] += 1
            withheld += example.withheld_lines
    skipped = Counter({reason: 0 for reason in _ALWAYS_REPORTED})
    if isinstance(examples, ExampleSet):
        skipped.update(examples.skipped)
    return ExportSummary(
        format=export_format,
        train_path=out,
        validation_path=val_out,
        train=counts[TRAIN],
        validation=counts[VALIDATION],
        skipped={str(reason): count for reason, count in skipped.items()},
        withheld_lines=withheld,
    )


_ALWAYS_REPORTED = (
    SkipReason.OPTED_OUT,
    SkipReason.UNLABELED,
    SkipReason.UNTRUSTED_LABEL,
    SkipReason.SUSPECTED_INJECTION,
    SkipReason.DUPLICATE,
)


def _export_format(fmt: str) -> ExportFormat:
    try:
        return ExportFormat(fmt)
    except ValueError:
        raise DatasetError(
            f"unknown dataset format {fmt!r}; use one of {[str(f) for f in ExportFormat]}",
            details={"format": fmt},
        ) from None


@contextmanager
def _atomic_text_file(path: Path) -> Iterator[IO[str]]:
    """A UTF-8 file that appears at `path` complete when the block ends, or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        temporary = Path(handle.name)
        try:
            yield handle
        except BaseException:
            handle.close()
            temporary.unlink(missing_ok=True)
            raise
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# --- validation ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    """1-based."""
    message: str


@dataclass(slots=True)
class ValidationReport:
    """What `validate_file` found: counts, and the first MAX_REPORTED_ERRORS errors."""

    path: Path
    format: ExportFormat | None = None
    lines: int = 0
    valid: int = 0
    by_format: Counter[str] = field(default_factory=Counter)
    """Lines by the shape they have (a wrong-format line counts under its own)."""
    by_kind: Counter[str] = field(default_factory=Counter)
    by_verdict: Counter[str] = field(default_factory=Counter)
    error_count: int = 0
    errors: list[LineError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No line has an error and there is at least one example to train on."""
        return self.error_count == 0 and self.valid > 0

    def add_error(self, line: int, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(LineError(line, message))


class _LineProblem(Exception):
    """One line breaks the format; the message says how."""


_NO_FORMAT = "neither a chat nor an alpaca example"


def validate_file(path: Path, fmt: str | None = None) -> ValidationReport:
    """Check that every line of `path` is one example in `fmt` ("chat" or "alpaca").

    Without `fmt` the format is read from the first line (or, if that line is
    broken, from the first line that shows one). A line must be a JSON object of
    exactly that format, roles system/user/assistant in that order for chat, with
    non-empty text (alpaca's `input` may be empty, as in Alpaca itself).

    An answer whose text starts with "{" is a triage answer and must be what the
    model must answer at inference, `securetag.triage.prompt.TriageVerdict`: a known
    verdict, a confidence between 0 and 1, a non-empty rationale, a string
    recommended_fix, nothing else. Any other answer is a knowledge answer (free
    text, as from_cwe writes), which only has to be non-empty.
    """
    report = ValidationReport(path=path, format=_export_format(fmt) if fmt else None)
    # Errors of lines read before the format is known wait here, to keep line order.
    pending: list[tuple[int, str]] = []
    for number, raw in _numbered_lines(path):
        report.lines += 1
        try:
            document, problem = _json_object(raw), ""
        except _LineProblem as exc:
            document, problem = None, str(exc)
        shape = _shape_of(document) if document is not None else None
        if shape is not None:
            report.by_format[shape] += 1
            report.format = report.format or shape
        if report.format is None:
            pending.append((number, problem or _NO_FORMAT))
            continue
        for pending_number, message in pending:
            report.add_error(pending_number, message)
        pending.clear()
        if document is None:
            report.add_error(number, problem)
        else:
            _check_line(report, number, document)
    for number, message in pending:
        report.add_error(number, message)
    return report


def _numbered_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise DatasetError(
            f"cannot read {path}: {exc.strerror}", details={"path": str(path)}
        ) from exc
    with handle:
        # Bytes, split on "\n" only: str.splitlines would also split inside a JSON
        # string holding U+2028, which is legal JSON Lines.
        for number, raw in enumerate(handle, start=1):
            yield number, raw.rstrip(b"\n").removesuffix(b"\r")


def _json_object(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise _LineProblem("blank line")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _LineProblem(f"not UTF-8 (byte {exc.start + 1})") from None
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise _LineProblem(f"not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise _LineProblem(f"a JSON {type(document).__name__}, not an object")
    return document


def _shape_of(document: Mapping[str, Any]) -> ExportFormat | None:
    if "messages" in document:
        return ExportFormat.CHAT
    if {"instruction", "output"} <= document.keys():
        return ExportFormat.ALPACA
    return None


def _check_line(report: ValidationReport, number: int, document: Mapping[str, Any]) -> None:
    assert report.format is not None
    try:
        shape = _shape_of(document)
        if shape != report.format:
            found = f"a {shape} example" if shape else _NO_FORMAT
            raise _LineProblem(f"{found} in a {report.format} file")
        answer = _check_chat(document) if shape == ExportFormat.CHAT else _check_alpaca(document)
        kind, verdict = _check_answer(answer)
    except _LineProblem as problem:
        report.add_error(number, str(problem))
        return
    report.valid += 1
    report.by_kind[kind] += 1
    if verdict is not None:
        report.by_verdict[verdict] += 1


_CHAT_ROLES = ("system", "user", "assistant")


def _check_chat(document: Mapping[str, Any]) -> str:
    """The assistant's text of a valid chat example."""
    messages = document["messages"]
    if not isinstance(messages, list):
        raise _LineProblem('"messages" is not a list')
    roles = [m.get("role") if isinstance(m, dict) else None for m in messages]
    if roles != list(_CHAT_ROLES):
        raise _LineProblem(f"roles must be system, user, assistant in that order, not {roles}")
    for message in messages:
        content = message.get("content")
        if not isinstance(content, str) or not content.strip():
            raise _LineProblem(f"the {message['role']} message has no text content")
    return messages[-1]["content"]


def _check_alpaca(document: Mapping[str, Any]) -> str:
    """The output of a valid alpaca example."""
    missing = [key for key in ("instruction", "input", "output") if key not in document]
    if missing:
        raise _LineProblem(f"missing {', '.join(missing)}")
    for key in ("instruction", "input", "output"):
        if not isinstance(document[key], str):
            raise _LineProblem(f'"{key}" is not a string')
    for key in ("instruction", "output"):
        if not document[key].strip():
            raise _LineProblem(f'"{key}" is empty')
    return document["output"]


def _check_answer(answer: str) -> tuple[ExampleKind, str | None]:
    """The answer's kind, and its verdict when it is a triage answer."""
    if not answer.lstrip().startswith("{"):
        return ExampleKind.KNOWLEDGE, None
    try:
        parsed = json.loads(answer)
    except ValueError as exc:
        raise _LineProblem(f"the triage answer is not JSON: {exc}") from None
    if not isinstance(parsed, dict):
        raise _LineProblem("the triage answer is not a JSON object")
    try:
        verdict = TriageVerdict.model_validate(parsed)
    except ValidationError as exc:
        raise _LineProblem(f"the triage answer is not a valid verdict: {_problems(exc)}") from None
    return ExampleKind.TRIAGE, verdict.verdict


def _problems(error: ValidationError) -> str:
    """Each field's problem on one line, with the value that caused it (cut short)."""
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "answer"
        problems.append(f"{where}: {item['msg']} (got {repr(item.get('input'))[:60]})")
    return "; ".join(problems)
