"""How well the triage model agrees with human labels: `securetag triage eval --labels FILE`.

The label file is JSON Lines, one labeled finding per line:

    {"rule_id": "python.sqli", "title": "SQL injection", "severity": "high",
     "cwe": ["CWE-89"], "message": "...", "path": "app/db.py",
     "start_line": 12, "end_line": 12, "code": "<source text>",
     "label": "true_positive"}

`title` (default: the rule id), `severity` (default "high"), `language`, `id` and
`notes` are optional. `code` is raw source text (not a rendered excerpt): the
whole file, or a piece of it. A piece's first line is line `code_first_line`
when given; otherwise it is line 1 when the piece reaches `start_line`, else the
piece is taken to start at `start_line` (a finding's own snippet). Secrets in
`code` are redacted before anything is sent to the model.

Each labeled finding goes through `securetag.triage.prompt.triage`, exactly as in
production. The report gives the agreement (an `uncertain` answer counts as a
disagreement), the precision and recall of `false_positive` (what an operator
relies on when hiding findings the model dismisses), and the confusion matrix.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from securetag.kernel.errors import InvalidRequest, SecuretagError
from securetag.kernel.models import Verdict
from securetag.scanning.excerpts import source_lines
from securetag.security.redaction import redact_secrets
from securetag.triage.llm.client import LlmClient
from securetag.triage.llm.errors import LlmProtocolError, LlmRequestError, LlmUnavailable
from securetag.triage.prompt import (
    PROMPT_VERSION,
    FindingForTriage,
    code_excerpt,
    triage,
)

# A person labels a finding one way or the other; the model may also be uncertain.
LABELS: tuple[str, ...] = (Verdict.TRUE_POSITIVE, Verdict.FALSE_POSITIVE)
Label = Literal[LABELS]
PREDICTIONS: tuple[str, ...] = tuple(Verdict)
# A label file with more problems than this stops listing them.
MAX_REPORTED_PROBLEMS = 20
# Rejections that hold for every request (bad key, no such model): stop at the first.
_GLOBAL_REJECTIONS = frozenset({401, 403, 404})


class LabelFileError(InvalidRequest):
    """The label file cannot be read or a line is not a labeled finding; says which line."""

    code = "triage_labels_invalid"


class EvalAborted(SecuretagError):
    """The evaluation stopped before the end (LLM unavailable, model missing); no report."""

    code = "triage_eval_aborted"
    http_status = 503


class _LabelRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str | None = None
    rule_id: str = Field(min_length=1)
    title: str | None = None
    severity: str = Field(default="high", min_length=1)
    cwe: list[str]
    message: str
    path: str = Field(min_length=1)
    start_line: int = Field(ge=1, strict=True)
    end_line: int = Field(ge=1, strict=True)
    code: str
    code_first_line: int | None = Field(default=None, ge=1, strict=True)
    language: str | None = None
    label: Label
    notes: str | None = None

    @model_validator(mode="after")
    def _lines_in_order(self) -> _LabelRecord:
        if self.end_line < self.start_line:
            raise ValueError("end_line is before start_line")
        return self


@dataclass(frozen=True, slots=True)
class LabeledFinding:
    """One line of the label file: the finding, its code, and the human's label."""

    finding: FindingForTriage
    code: str
    label: Label
    line_number: int
    code_first_line: int | None = None
    id: str | None = None

    def excerpt(self, *, context: int = 8) -> str:
        """The redacted excerpt the model sees, numbered as in the labeled file."""
        return code_excerpt(
            redact_secrets(self.code),
            self.finding.start_line,
            self.finding.end_line,
            context=context,
            first_line=self._first_line(),
        )

    def _first_line(self) -> int:
        if self.code_first_line is not None:
            return self.code_first_line
        reaches_finding = len(source_lines(self.code)) >= self.finding.start_line
        return 1 if reaches_finding else self.finding.start_line


def load_labels(path: str | Path) -> list[LabeledFinding]:
    """The labeled findings in a JSON Lines file; LabelFileError names each bad line."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LabelFileError(f"cannot read the label file {path}: {exc.strerror}") from None
    labeled, problems = [], []
    for line_number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            labeled.append(_labeled_finding(raw, line_number))
        except ValueError as exc:
            problems.append(f"{path}:{line_number}: {exc}")
    if problems:
        shown = problems[:MAX_REPORTED_PROBLEMS]
        more = len(problems) - len(shown)
        summary = "\n".join(shown) + (f"\n… and {more} more" if more else "")
        raise LabelFileError(
            f"the label file has {len(problems)} invalid line(s):\n{summary}",
            details={"problems": shown},
        )
    if not labeled:
        raise LabelFileError(f"the label file {path} holds no labeled findings")
    return labeled


def _labeled_finding(raw: bytes, line_number: int) -> LabeledFinding:
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(document, dict):
        raise ValueError("not a JSON object")
    try:
        record = _LabelRecord.model_validate(document)
    except ValidationError as exc:
        raise ValueError(_problems(exc)) from None
    finding = FindingForTriage(
        rule_id=record.rule_id,
        title=record.title or record.rule_id,
        severity=record.severity,
        cwe=record.cwe,
        message=record.message,
        path=record.path,
        start_line=record.start_line,
        end_line=record.end_line,
        language=record.language,
    )
    return LabeledFinding(
        finding=finding,
        code=record.code,
        label=record.label,
        line_number=line_number,
        code_first_line=record.code_first_line,
        id=record.id,
    )


def _problems(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or 'line'}: {item['msg']}"
        for item in error.errors(include_url=False, include_input=False)
    )


@dataclass(frozen=True, slots=True)
class EvalError:
    """A labeled finding the model could not be asked about (left out of the scores)."""

    line_number: int
    rule_id: str
    path: str
    error: str


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Agreement between the model and the labels.

    `total` counts every labeled finding, `scored` those the model answered (the
    others are in `errors`). `confusion[label][predicted]` counts findings; rows
    are the labels, columns the predictions, `uncertain` included. The rates are
    None where undefined (nothing scored, nothing predicted or labeled false_positive).
    """

    total: int
    scored: int
    agreement: float | None
    false_positive_precision: float | None
    false_positive_recall: float | None
    confusion: dict[str, dict[str, int]]
    model: str
    prompt_version: str = PROMPT_VERSION
    repaired: int = 0
    unreadable: int = 0
    errors: list[EvalError] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return asdict(self)

    def to_json(self) -> str:
        """The report as a JSON document (for scripts and dashboards)."""
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)


def score(
    pairs: Iterable[tuple[str, str]],
    *,
    model: str = "",
    errors: Sequence[EvalError] = (),
    repaired: int = 0,
    unreadable: int = 0,
) -> EvalReport:
    """The report for (label, predicted) pairs. Pure: no model involved."""
    confusion = {label: dict.fromkeys(PREDICTIONS, 0) for label in LABELS}
    for label, predicted in pairs:
        if label not in LABELS or predicted not in PREDICTIONS:
            raise InvalidRequest(
                f"cannot score label {label!r} against prediction {predicted!r}",
                details={"labels": list(LABELS), "predictions": list(PREDICTIONS)},
            )
        confusion[label][predicted] += 1
    scored = sum(sum(row.values()) for row in confusion.values())
    agreed = sum(confusion[label][label] for label in LABELS)
    fp_hits = confusion[Verdict.FALSE_POSITIVE][Verdict.FALSE_POSITIVE]
    fp_predicted = sum(confusion[label][Verdict.FALSE_POSITIVE] for label in LABELS)
    fp_labeled = sum(confusion[Verdict.FALSE_POSITIVE].values())
    return EvalReport(
        total=scored + len(errors),
        scored=scored,
        agreement=_ratio(agreed, scored),
        false_positive_precision=_ratio(fp_hits, fp_predicted),
        false_positive_recall=_ratio(fp_hits, fp_labeled),
        confusion=confusion,
        model=model,
        repaired=repaired,
        unreadable=unreadable,
        errors=list(errors),
    )


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def run_eval(client: LlmClient, labels: Sequence[LabeledFinding]) -> EvalReport:
    """Triage every labeled finding with the model behind `client` and score the answers.

    A request the server rejects for one finding (a prompt over the context size)
    is listed in `errors` and left out of the scores. Raises EvalAborted when the
    LLM is unavailable, answers in a format other than its API's (wrong `api`
    setting, a proxy page), or rejects every request (bad API key, unknown model).
    """
    pairs: list[tuple[str, str]] = []
    errors: list[EvalError] = []
    served_model: str | None = None
    repaired = unreadable = 0
    for position, labeled in enumerate(labels, start=1):
        try:
            outcome = triage(client, labeled.finding, labeled.excerpt())
        except (LlmUnavailable, LlmProtocolError) as exc:
            raise _aborted(exc, position, len(labels), labeled) from exc
        except LlmRequestError as exc:
            if exc.status in _GLOBAL_REJECTIONS:
                raise _aborted(exc, position, len(labels), labeled) from exc
            errors.append(_eval_error(labeled, exc))
            continue
        pairs.append((labeled.label, outcome.verdict.verdict))
        repaired += outcome.repaired
        unreadable += outcome.unreadable
        answered = [call.result.model for call in outcome.calls if call.result is not None]
        served_model = served_model or (answered[0] if answered else None)
    return score(
        pairs,
        model=served_model or client.config.model,
        errors=errors,
        repaired=repaired,
        unreadable=unreadable,
    )


def _aborted(
    error: SecuretagError, position: int, total: int, labeled: LabeledFinding
) -> EvalAborted:
    return EvalAborted(
        f"evaluation stopped at finding {position} of {total} (label file line "
        f"{labeled.line_number}, {labeled.finding.rule_id}): {error.message}",
        details={"completed": position - 1, "total": total, "cause": error.code},
    )


def _eval_error(labeled: LabeledFinding, error: SecuretagError) -> EvalError:
    return EvalError(
        line_number=labeled.line_number,
        rule_id=labeled.finding.rule_id,
        path=labeled.finding.path,
        error=f"{error.code}: {error.message}",
    )


def format_report(report: EvalReport) -> str:
    """A small text report for operators: rates, the confusion matrix, the errors."""
    confusion = report.confusion
    fp_hits = confusion[Verdict.FALSE_POSITIVE][Verdict.FALSE_POSITIVE]
    fp_predicted = sum(confusion[label][Verdict.FALSE_POSITIVE] for label in LABELS)
    fp_labeled = sum(confusion[Verdict.FALSE_POSITIVE].values())
    agreed = sum(confusion[label][label] for label in LABELS)
    lines = [
        f"Triage evaluation: model {report.model or '?'}, prompt {report.prompt_version}",
        f"findings:  {report.total} labeled, {report.scored} scored, {len(report.errors)} errors"
        f" ({report.repaired} answers repaired, {report.unreadable} unreadable)",
        f"agreement: {_percent(report.agreement, agreed, report.scored)}",
        "false_positive precision: "
        f"{_percent(report.false_positive_precision, fp_hits, fp_predicted)}",
        f"false_positive recall:    {_percent(report.false_positive_recall, fp_hits, fp_labeled)}",
        "",
        *_matrix_lines(confusion),
    ]
    if report.errors:
        lines += ["", "errors:"]
        lines += [
            f"  line {error.line_number} {error.rule_id} {error.path}: {error.error}"
            for error in report.errors
        ]
    return "\n".join(lines)


def _percent(rate: float | None, numerator: int, denominator: int) -> str:
    if rate is None:
        return "n/a (nothing to divide by)"
    return f"{rate:.1%} ({numerator}/{denominator})"


def _matrix_lines(confusion: dict[str, dict[str, int]]) -> list[str]:
    corner = "label \\ predicted"
    first = max(len(corner), *(len(label) for label in LABELS))
    widths = [max(len(column), 5) for column in PREDICTIONS]
    header = "  ".join(
        [corner.ljust(first), *(c.rjust(w) for c, w in zip(PREDICTIONS, widths, strict=True))]
    )
    rows = [
        "  ".join(
            [
                label.ljust(first),
                *(
                    str(confusion[label][column]).rjust(width)
                    for column, width in zip(PREDICTIONS, widths, strict=True)
                ),
            ]
        )
        for label in LABELS
    ]
    return [header, *rows]
