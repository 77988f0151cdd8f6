"""Fine-tuning datasets: triage records and the CWE catalog turned into JSON Lines files.

The pipeline is pure: another module reads and decrypts the triage rows; this one
resolves each record's label (a person's word beats the model's), drops what must not
be trained on (opted-out tenants, unlabeled records, older duplicates), redacts
secrets and personal data out of every message, and writes train and validation
files in one of two formats that the common fine-tuning tools read:

- "chat": `{"messages": [system, user, assistant]}` (TRL SFTTrainer, Axolotl
  `type: chat_template`, LLaMA-Factory's openai/sharegpt layouts);
- "alpaca": `{"instruction", "input", "output"}` (instruction is the system prompt).

`from_cwe` turns MITRE's CWE catalog into knowledge pairs of the same `Example`
type, so one `write_dataset` call writes both kinds, and `validate_file` checks a
file before a GPU hour is spent on it.
"""

from __future__ import annotations

import enum
import hashlib
import json
import math
import os
import re
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from uuid import UUID
from xml.etree import ElementTree

from pydantic import ValidationError

from securetag.kernel.errors import InvalidRequest
from securetag.kernel.models import ReviewStatus, Verdict
from securetag.security.redaction import redact_secrets
from securetag.triage.llm.content import parse_json_content
from securetag.triage.llm.errors import LlmContentError
from securetag.triage.prompt import (
    MAX_FIX_CHARS,
    MAX_RATIONALE_CHARS,
    TriageVerdict,
)


class DatasetError(InvalidRequest):
    """An export or validation was asked for with arguments that cannot work."""

    code = "dataset_invalid"


class CweCatalogError(DatasetError):
    """The file given as a CWE catalog cannot be read as one."""

    code = "cwe_catalog_invalid"


class LabelSource(enum.StrEnum):
    HUMAN = "human"
    MODEL = "model"


class ExportFormat(enum.StrEnum):
    CHAT = "chat"
    ALPACA = "alpaca"


class ExampleKind(enum.StrEnum):
    TRIAGE = "triage"
    KNOWLEDGE = "knowledge"


class SkipReason(enum.StrEnum):
    OPTED_OUT = "opted_out"
    UNLABELED = "unlabeled"
    DUPLICATE = "duplicate"
    NO_PROMPT = "no_prompt"
    """The recorded messages hold no system or no user message to train on."""
    DEPRECATED = "deprecated"
    """A CWE entry MITRE has deprecated."""


TRAIN = "train"
VALIDATION = "validation"
VALIDATION_INFIX = ".val"
MAX_REPORTED_ERRORS = 20

PII_PLACEHOLDER = "[REDACTED_PII]"

KNOWLEDGE_SYSTEM_PROMPT = (
    "You are Securetag's application-security assistant. Answer questions about "
    "software weaknesses accurately and concisely, for developers who must fix them."
)

# --- redaction -----------------------------------------------------------------------------

DEFAULT_PII_PATTERNS: tuple[str, ...] = (
    # E-mail addresses.
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
    # IPv4 addresses, except 0.0.0.0 and loopback: those name no host or person, and
    # "binds to 0.0.0.0" is itself the finding of a common rule the model must learn.
    r"(?<![\w.])(?!0\.0\.0\.0(?!\w|\.\d))(?!127\.)"
    r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![\w]|\.\d)",
    # Phone-number-like strings: +country and separated digit groups, or E.164.
    r"(?<![\w+.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}"
    r"(?![\w-])",
    r"(?<![\w+])\+\d{8,15}\b",
)


class Redactor:
    """Takes secrets and personal data out of text before it goes into a dataset.

    Secrets go through `securetag.security.redaction.redact_secrets` (detect-secrets' detectors
    plus cloud keys, private key blocks, password assignments, tokens, URLs with
    credentials), the same function that redacts a prompt before the model sees it:
    training text then shows secrets exactly as the model meets them at inference
    (`AKIA…(20 chars)`), and text already redacted at triage time stays as it was.
    PII patterns are the operator's to choose (regular expressions; the defaults
    catch e-mail addresses, IPv4 addresses and phone-number-like strings) and run
    after the secrets, so they never see half a secret.
    """

    def __init__(self, pii_patterns: Sequence[str] = DEFAULT_PII_PATTERNS) -> None:
        self._pii = tuple(_compile_pii(pattern) for pattern in pii_patterns)

    def redact(self, text: str) -> str:
        """`text` with every secret redacted and every PII match replaced by PII_PLACEHOLDER."""
        text = redact_secrets(text)
        for pattern in self._pii:
            text = pattern.sub(PII_PLACEHOLDER, text)
        return text


def _compile_pii(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise DatasetError(
            f"PII pattern {pattern!r} is not a valid regular expression: {exc}",
            details={"pattern": pattern},
        ) from exc


# --- records and labels --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TriageRecord:
    """One recorded triage, decrypted, with the human feedback on its finding (if any).

    `messages` are the chat messages sent to the model; `model_answer` is the text it
    answered (None when nothing usable came back); `model_confidence` is the
    confidence stored with the verdict, used when the answer does not carry one.
    """

    tenant_id: UUID
    training_opt_out: bool
    project: str
    fingerprint: str
    rule_id: str
    cwe: list[str]
    severity: str
    created_at: datetime
    messages: list[dict[str, str]]
    model_verdict: str
    model_answer: str | None = None
    feedback_status: str | None = None
    verdict_correct: bool | None = None
    recommended_fix: str | None = None
    model_confidence: float | None = None

    def __post_init__(self) -> None:
        if self.model_verdict not in set(Verdict):
            raise DatasetError(
                f"model_verdict {self.model_verdict!r} is not one of {sorted(Verdict)}",
                details={"fingerprint": self.fingerprint},
            )
        if self.feedback_status is not None and self.feedback_status not in set(ReviewStatus):
            raise DatasetError(
                f"feedback_status {self.feedback_status!r} is not one of {sorted(ReviewStatus)}",
                details={"fingerprint": self.fingerprint},
            )


_OPPOSITE = {
    Verdict.TRUE_POSITIVE: Verdict.FALSE_POSITIVE,
    Verdict.FALSE_POSITIVE: Verdict.TRUE_POSITIVE,
}


def resolve_label(record: TriageRecord) -> tuple[Verdict | None, LabelSource]:
    """The verdict to train on and who gave it; None when the record has no usable label.

    A person's word overrides the model's. Rows are tried top to bottom:

    ===============================  ===============  ====================  ========
    feedback_status                  verdict_correct  label                 source
    ===============================  ===============  ====================  ========
    false_positive                   (any)            false_positive        human
    accepted_risk, fixed             (any)            true_positive         human
    None, open                       True             the model's verdict   human
                                                      (None if uncertain)
    None, open                       False            the opposite of the   human
                                                      model's verdict
                                                      (None if uncertain)
    None, open                       None             the model's verdict   model
                                                      (None if uncertain)
    ===============================  ===============  ====================  ========

    "open" is no label: it means nobody has closed the issue yet. A confirmation of
    (or objection to) an "uncertain" verdict says nothing about the finding itself,
    so it stays unresolved, reported with source "model" (whose word it still is).
    """
    model = Verdict(record.model_verdict)
    if record.feedback_status == ReviewStatus.FALSE_POSITIVE:
        return Verdict.FALSE_POSITIVE, LabelSource.HUMAN
    if record.feedback_status in (ReviewStatus.ACCEPTED_RISK, ReviewStatus.FIXED):
        return Verdict.TRUE_POSITIVE, LabelSource.HUMAN
    if model == Verdict.UNCERTAIN:
        return None, LabelSource.MODEL
    if record.verdict_correct is True:
        return model, LabelSource.HUMAN
    if record.verdict_correct is False:
        return _OPPOSITE[model], LabelSource.HUMAN
    return model, LabelSource.MODEL


# --- examples ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Example:
    """One training example: a system prompt, a user message and the answer to learn.

    `split_key` decides train or validation (a finding's fingerprint, or a CWE id so
    that all pairs about one weakness land on the same side and none leaks).
    """

    system: str
    user: str
    assistant: str
    split_key: str
    kind: ExampleKind
    verdict: Verdict | None = None
    label_source: LabelSource | None = None


class ExampleSet(list[Example]):
    """Examples, plus how many inputs were left out and why (`skipped`, by SkipReason).

    Adding two sets adds their skip counts too, so triage and CWE examples can be
    written together and the summary still tells the whole story.
    """

    def __init__(
        self, examples: Iterable[Example] = (), skipped: Mapping[str, int] | None = None
    ) -> None:
        super().__init__(examples)
        self.skipped: Counter[str] = Counter(skipped or {})

    def __add__(self, other: Iterable[Example]) -> ExampleSet:  # type: ignore[override]
        other_skipped = other.skipped if isinstance(other, ExampleSet) else {}
        return ExampleSet([*self, *other], self.skipped + Counter(other_skipped))

    def __iadd__(self, other: Iterable[Example]) -> ExampleSet:  # type: ignore[override]
        other = list(other) if not isinstance(other, ExampleSet) else other
        self.extend(other)
        if isinstance(other, ExampleSet):
            self.skipped.update(other.skipped)
        return self


def build_examples(
    records: Iterable[TriageRecord],
    *,
    only_labeled: bool = False,
    since: datetime | None = None,
    tenant: UUID | None = None,
    redactor: Redactor,
) -> ExampleSet:
    """Training examples from triage records, one per finding, redacted.

    `tenant` and `since` choose which records are considered at all (naive datetimes
    are taken as UTC); of those, records of opted-out tenants, records without a
    label (without a human label when `only_labeled`), and all but one record per
    (tenant, project, fingerprint) are skipped and counted. The record kept for a
    fingerprint is the most recent human-labeled one, else the most recent one.
    The result is sorted by tenant, project and fingerprint, so the same rows give
    the same file whatever order the database returned them in.
    """
    skipped: Counter[str] = Counter()
    candidates: dict[tuple[UUID, str, str], list[tuple[TriageRecord, Verdict, LabelSource]]] = {}
    for record in records:
        if not _in_scope(record, since=since, tenant=tenant):
            continue
        if record.training_opt_out:
            skipped[SkipReason.OPTED_OUT] += 1
            continue
        verdict, source = resolve_label(record)
        if verdict is None or (only_labeled and source != LabelSource.HUMAN):
            skipped[SkipReason.UNLABELED] += 1
            continue
        key = (record.tenant_id, record.project, record.fingerprint)
        candidates.setdefault(key, []).append((record, verdict, source))

    examples = []
    for key in sorted(candidates, key=lambda k: (str(k[0]), k[1], k[2])):
        group = candidates[key]
        skipped[SkipReason.DUPLICATE] += len(group) - 1
        record, verdict, source = max(group, key=_preference)
        example = _triage_example(record, verdict, source, redactor)
        if example is None:
            skipped[SkipReason.NO_PROMPT] += 1
        else:
            examples.append(example)
    return ExampleSet(examples, skipped)


def _in_scope(record: TriageRecord, *, since: datetime | None, tenant: UUID | None) -> bool:
    if tenant is not None and record.tenant_id != tenant:
        return False
    return since is None or _as_utc(record.created_at) >= _as_utc(since)


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _preference(
    candidate: tuple[TriageRecord, Verdict, LabelSource],
) -> tuple[bool, datetime, str]:
    record, _, source = candidate
    # The answer text breaks ties between records of the same instant, so the choice
    # never depends on input order.
    return source == LabelSource.HUMAN, _as_utc(record.created_at), record.model_answer or ""


def _triage_example(
    record: TriageRecord, verdict: Verdict, source: LabelSource, redactor: Redactor
) -> Example | None:
    prompt = _prompt(record.messages)
    if prompt is None:
        return None
    system, user = prompt
    return Example(
        system=redactor.redact(system),
        user=redactor.redact(user),
        assistant=_canonical_answer(record, verdict, source, redactor).model_dump_json(),
        split_key=record.fingerprint,
        kind=ExampleKind.TRIAGE,
        verdict=verdict,
        label_source=source,
    )


def _prompt(messages: Sequence[Mapping[str, Any]]) -> tuple[str, str] | None:
    """The system and user text of the original request, or None if either is missing.

    Turns from the first assistant message on are dropped: they are the model's
    earlier answer and a request to repair it, and the example teaches the clean
    answer to the original request instead.
    """
    systems: list[str] = []
    users: list[str] = []
    for message in messages:
        role, content = message.get("role"), message.get("content")
        if role == "assistant":
            break
        if not isinstance(content, str) or not content.strip():
            continue
        if role == "system":
            systems.append(content)
        elif role == "user":
            users.append(content)
    if not systems or not users:
        return None
    return "\n\n".join(systems), "\n\n".join(users)


def _canonical_answer(
    record: TriageRecord, verdict: Verdict, source: LabelSource, redactor: Redactor
) -> TriageVerdict:
    """The answer to teach, in the triage module's own answer contract.

    TriageVerdict is what the model must produce at inference (its JSON schema is
    sent to the server), so training on anything else would teach answers that fail
    validation: no fix is "", not null, and texts stay within its length limits.
    """
    answer = _parsed_answer(record.model_answer)
    agrees = verdict == record.model_verdict and answer.get("verdict", verdict) == verdict
    rationale = answer.get("rationale") if agrees else None
    if not isinstance(rationale, str) or not rationale.strip():
        rationale = _neutral_rationale(verdict, source)
    fix = ""
    if verdict == Verdict.TRUE_POSITIVE:
        fix = record.recommended_fix or answer.get("recommended_fix")
        fix = fix if isinstance(fix, str) else ""
    return TriageVerdict(
        verdict=str(verdict),
        confidence=1.0 if source == LabelSource.HUMAN else _model_confidence(record, answer),
        rationale=redactor.redact(rationale)[:MAX_RATIONALE_CHARS],
        recommended_fix=redactor.redact(fix)[:MAX_FIX_CHARS],
    )


def _parsed_answer(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        return parse_json_content(text)
    except LlmContentError:
        return {}


def _neutral_rationale(verdict: Verdict, source: LabelSource) -> str:
    words = verdict.replace("_", " ")
    if source == LabelSource.HUMAN:
        return f"A security reviewer labeled this finding a {words}."
    return f"Assessed as a {words}; no rationale was recorded."


def _model_confidence(record: TriageRecord, answer: Mapping[str, Any]) -> float:
    """The confidence stored with the verdict, else the answer's, else 0.5 (unknown)."""
    for value in (record.model_confidence, answer.get("confidence")):
        if _is_unit_interval(value):
            return float(value)
    return 0.5


def _is_unit_interval(value: object) -> bool:
    """Whether `value` is a real number (not a bool) between 0 and 1 inclusive."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0.0 <= value <= 1.0
    )


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
    """Inputs left out, by reason; opted_out, unlabeled and duplicate are always present."""


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
    val_out = validation_path(out)
    with _atomic_text_file(out) as train_file, _atomic_text_file(val_out) as validation_file:
        files = {TRAIN: train_file, VALIDATION: validation_file}
        for example in examples:
            split = split_of(example.split_key, validation_ratio)
            files[split].write(json.dumps(render(example), ensure_ascii=False) + "\n")
            counts[split] += 1
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
    )


_ALWAYS_REPORTED = (SkipReason.OPTED_OUT, SkipReason.UNLABELED, SkipReason.DUPLICATE)


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


# --- CWE knowledge -------------------------------------------------------------------------

# Catalogs since v4.15 use cwe-7; older ones cwe-6. The element names did not change.
_CWE_NAMESPACE_PREFIX = "{http://cwe.mitre.org/cwe-"
_XHTML_BLOCKS = frozenset(
    {"p", "div", "ul", "ol", "li", "table", "tr", "blockquote", "pre", "dl", "dt", "dd"}
    | {f"h{level}" for level in range(1, 7)}
)
_WHITESPACE = re.compile(r"\s+")
_CODE_LABELS = {
    "Bad": "Vulnerable code",
    "Good": "Fixed code",
    "Attack": "Attack",
    "Result": "Result",
}


def from_cwe(xml_path: Path) -> ExampleSet:
    """Knowledge pairs from MITRE's CWE catalog (cwec_v4.x.xml, or the .xml.zip as downloaded).

    Per weakness: what it is, and when the catalog says so, its consequences, how
    to detect it, how to mitigate it, and a demonstrative example with the
    vulnerable code. Deprecated weaknesses are skipped (counted as "deprecated").
    The file is streamed, so a full catalog of tens of MB stays small in memory.
    """
    examples: list[Example] = []
    skipped: Counter[str] = Counter()
    for weakness in _weaknesses(xml_path):
        if weakness.get("Status") == "Deprecated":
            skipped[SkipReason.DEPRECATED] += 1
            continue
        examples.extend(_weakness_examples(weakness))
    return ExampleSet(examples, skipped)


@contextmanager
def _catalog_stream(xml_path: Path) -> Iterator[IO[bytes]]:
    """The XML bytes of the catalog, whether plain or inside MITRE's zip."""
    try:
        if zipfile.is_zipfile(xml_path):
            with zipfile.ZipFile(xml_path) as archive:
                members = [name for name in archive.namelist() if name.endswith(".xml")]
                if len(members) != 1:
                    raise CweCatalogError(
                        f"{xml_path} holds {len(members)} XML files, expected one catalog",
                        details={"path": str(xml_path), "members": members[:10]},
                    )
                with archive.open(members[0]) as stream:
                    yield stream
        else:
            with xml_path.open("rb") as stream:
                yield stream
    except OSError as exc:
        raise CweCatalogError(
            f"cannot read CWE catalog {xml_path}: {exc.strerror or exc}",
            details={"path": str(xml_path)},
        ) from exc


def _weaknesses(xml_path: Path) -> Iterator[ElementTree.Element]:
    """Each Weakness element, complete; entries are dropped from the tree once seen."""
    with _catalog_stream(xml_path) as stream:
        path: list[ElementTree.Element] = []
        try:
            for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                if event == "start":
                    if not path:
                        _check_catalog_root(element, xml_path)
                    path.append(element)
                    continue
                path.pop()
                # Depth 2 is an entry (Weakness, Category, View, External_Reference)
                # under its section: removing it is what keeps memory flat.
                if len(path) == 2:
                    if _local(element.tag) == "Weakness":
                        yield element
                    path[-1].remove(element)
        except ElementTree.ParseError as exc:
            line, column = exc.position
            raise CweCatalogError(
                f"{xml_path} is not well-formed XML (line {line}, column {column})",
                details={"path": str(xml_path), "line": line, "column": column},
            ) from exc


def _check_catalog_root(root: ElementTree.Element, xml_path: Path) -> None:
    if not (root.tag.startswith(_CWE_NAMESPACE_PREFIX) and _local(root.tag) == "Weakness_Catalog"):
        raise CweCatalogError(
            f"{xml_path} is not a CWE catalog: its root is {root.tag}, "
            "expected Weakness_Catalog in the http://cwe.mitre.org/cwe-7 namespace",
            details={"path": str(xml_path), "root": root.tag},
        )


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(element: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: ElementTree.Element, name: str) -> ElementTree.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _child_text(element: ElementTree.Element, name: str) -> str:
    child = _child(element, name)
    return flatten_text(child) if child is not None else ""


def _weakness_examples(weakness: ElementTree.Element) -> list[Example]:
    cwe_id = f"CWE-{weakness.get('ID')}"
    title = f"{cwe_id} ({weakness.get('Name')})"
    pairs = [
        (f"What is {title}?", _explanation(weakness)),
        (f"What are the consequences of {title}?", _consequences(weakness)),
        (f"How can {title} be detected?", _detection(weakness)),
        (f"How can {title} be mitigated or prevented?", _mitigations(weakness)),
        (
            f"Show an example of code vulnerable to {title} and explain the problem.",
            _demonstration(weakness),
        ),
    ]
    return [
        Example(
            system=KNOWLEDGE_SYSTEM_PROMPT,
            user=question,
            assistant=answer,
            split_key=cwe_id,
            kind=ExampleKind.KNOWLEDGE,
        )
        for question, answer in pairs
        if answer
    ]


def _explanation(weakness: ElementTree.Element) -> str:
    parts = [_child_text(weakness, "Description"), _child_text(weakness, "Extended_Description")]
    return "\n\n".join(part for part in parts if part)


def _section_items(
    weakness: ElementTree.Element, section: str, item: str
) -> list[ElementTree.Element]:
    container = _child(weakness, section)
    return _children(container, item) if container is not None else []


def _consequences(weakness: ElementTree.Element) -> str:
    lines = []
    for consequence in _section_items(weakness, "Common_Consequences", "Consequence"):
        scopes = ", ".join(flatten_text(s) for s in _children(consequence, "Scope"))
        impacts = "; ".join(flatten_text(i) for i in _children(consequence, "Impact"))
        note = _child_text(consequence, "Note")
        head = ": ".join(part for part in (scopes, impacts) if part)
        line = f"{head}. {note}" if head and note else head or note
        if line:
            lines.append(_bullet(line))
    return "\n".join(lines)


def _detection(weakness: ElementTree.Element) -> str:
    lines = []
    for method in _section_items(weakness, "Detection_Methods", "Detection_Method"):
        name = _child_text(method, "Method")
        description = _child_text(method, "Description")
        effectiveness = _child_text(method, "Effectiveness")
        line = f"{name}: {description}" if name else description
        if effectiveness:
            line += f" (effectiveness: {effectiveness})"
        if line.strip():
            lines.append(_bullet(line))
    return "\n".join(lines)


def _mitigations(weakness: ElementTree.Element) -> str:
    lines = []
    for mitigation in _section_items(weakness, "Potential_Mitigations", "Mitigation"):
        phases = ", ".join(flatten_text(p) for p in _children(mitigation, "Phase"))
        strategy = _child_text(mitigation, "Strategy")
        description = _child_text(mitigation, "Description")
        if not description:
            continue
        label = phases + (f" ({strategy})" if strategy else "")
        lines.append(_bullet(f"{label}: {description}" if label else description))
    return "\n".join(lines)


def _bullet(text: str) -> str:
    """`text` as one list item: "- " on its first line, the rest indented under it."""
    first, *rest = text.split("\n")
    return "\n".join([f"- {first}", *(f"  {line}" if line else "" for line in rest)])


def _demonstration(weakness: ElementTree.Element) -> str:
    """The first demonstrative example that shows vulnerable code, as prose and code blocks."""
    for example in _section_items(weakness, "Demonstrative_Examples", "Demonstrative_Example"):
        codes = _children(example, "Example_Code")
        if not any(code.get("Nature", "Bad") == "Bad" for code in codes):
            continue
        parts = []
        for child in example:
            name = _local(child.tag)
            if name in ("Intro_Text", "Body_Text"):
                parts.append(flatten_text(child))
            elif name == "Example_Code":
                parts.append(_code_block(child))
        return "\n\n".join(part for part in parts if part)
    return ""


def _code_block(code: ElementTree.Element) -> str:
    label = _CODE_LABELS.get(code.get("Nature", "Bad"), "Example")
    language = code.get("Language", "")
    heading = f"{label} ({language}):" if language else f"{label}:"
    fence = language.lower().replace(" ", "_")
    return f"{heading}\n```{fence}\n{flatten_text(code)}\n```"


@dataclass(slots=True)
class _TextBuilder:
    """Lines of text from XHTML, laid out as a browser would show them, roughly."""

    lines: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    indent: str = ""
    bullet: str = ""
    list_depth: int = 0

    def add(self, text: str) -> None:
        collapsed = _WHITESPACE.sub(" ", text)
        if not self.parts:
            collapsed = collapsed.lstrip()
        if collapsed:
            self.parts.append(collapsed)

    def end_line(self, *, force: bool = False) -> None:
        if self.parts or force:
            self.lines.append(self.indent + self.bullet + "".join(self.parts).rstrip())
            self.parts = []
            self.bullet = ""

    def blank_line(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines).strip("\n")


def flatten_text(element: ElementTree.Element) -> str:
    """The text of a CWE element with its XHTML children laid out as plain text.

    Whitespace collapses as in HTML (the catalog is wrapped for reading, not for
    meaning); paragraphs, divs and list items start lines, `br` ends one, list items
    get "- ", and divs with a left margin (how the catalog indents code) indent.
    """
    builder = _TextBuilder()
    _flatten_into(builder, element)
    builder.end_line()
    return builder.text()


def _flatten_into(builder: _TextBuilder, element: ElementTree.Element) -> None:
    name = _local(element.tag)
    if name == "br":
        builder.end_line(force=True)
        return
    block = name in _XHTML_BLOCKS
    saved_indent = builder.indent
    saved_depth = builder.list_depth
    if block:
        builder.end_line()
        if name == "li":
            builder.bullet = "- "
        elif name in ("ul", "ol"):
            builder.indent += "  " if builder.list_depth else ""
            builder.list_depth += 1
        elif "margin-left" in element.get("style", ""):
            builder.indent += "    "
    if element.text:
        builder.add(element.text)
    for child in element:
        _flatten_into(builder, child)
        if child.tail:
            builder.add(child.tail)
    if block:
        builder.end_line()
        builder.indent = saved_indent
        builder.list_depth = saved_depth
        if name == "p":
            builder.blank_line()
