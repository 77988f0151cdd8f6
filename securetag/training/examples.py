"""Training examples from recorded triages: labels, filtering, redaction, de-duplication.

The pipeline is pure: `securetag.training.export` reads and decrypts the triage rows;
this module resolves each record's label (a person's word beats the model's), drops
what must not be trained on (tenants not opted in, unlabeled records, labels from keys
without `labels:train` that no operator confirmed, prompts that addressed the model
under a model label, older duplicates), withholds lines that addressed the model
(`securetag.training.injection`) and redacts secrets and personal data out of every
message. The result is a list of `Example`s, the one type `securetag.training.dataset_files`
writes, whether it came from a triage or from the CWE catalog (`securetag.training.cwe_catalog`).
"""

from __future__ import annotations

import enum
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from securetag.kernel.errors import InvalidRequest
from securetag.kernel.models import ReviewStatus, Verdict
from securetag.security.redaction import redact_secrets
from securetag.training.injection import screen_prompt, screen_text
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


class LabelSource(enum.StrEnum):
    HUMAN = "human"
    MODEL = "model"


class ExampleKind(enum.StrEnum):
    TRIAGE = "triage"
    KNOWLEDGE = "knowledge"


class SkipReason(enum.StrEnum):
    OPTED_OUT = "opted_out"
    """The tenant is not opted in to training (the default; `securetag tenant training`)."""
    UNLABELED = "unlabeled"
    DUPLICATE = "duplicate"
    UNTRUSTED_LABEL = "untrusted_label"
    """A person's label from a key without `labels:train`, not confirmed by an operator: it is
    kept and shown to the tenant, never trained on (nor replaced by the model's verdict)."""
    SUSPECTED_INJECTION = "suspected_injection"
    """The prompt held text addressed to the model and the label is the model's own, which
    that text may have swayed; with a trusted person's label the example is kept, those
    lines withheld."""
    NO_PROMPT = "no_prompt"
    """The recorded messages hold no system or no user message to train on."""
    DEPRECATED = "deprecated"
    """A CWE entry MITRE has deprecated."""


PII_PLACEHOLDER = "[REDACTED_PII]"

# --- secrets and personal data -------------------------------------------------------------

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
    label_trusted: bool = False
    """The person's label (if any) came from a `labels:train` key or an operator confirmed it."""

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
    withheld_lines: int = 0
    """Lines of the prompt or answer replaced because they addressed the model."""


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
    are taken as UTC); of those, records of tenants not opted in, records without a
    label (without a human label when `only_labeled`), records whose human label is
    not trusted (`TriageRecord.label_trusted`), records whose prompt addressed the
    model under the model's own label, and all but one record per (tenant, project,
    fingerprint) are skipped and counted. The record kept for a
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
        if source == LabelSource.HUMAN and not record.label_trusted:
            skipped[SkipReason.UNTRUSTED_LABEL] += 1
            continue
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
        if isinstance(example, SkipReason):
            skipped[example] += 1
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
) -> Example | SkipReason:
    prompt = _prompt(record.messages)
    if prompt is None:
        return SkipReason.NO_PROMPT
    system, user = prompt
    # Only the user message quotes the tenant; the system prompt is Securetag's own (and
    # itself says "You are the security reviewer").
    screened = screen_prompt(user)
    answer, answer_withheld = _canonical_answer(record, verdict, source, redactor)
    if source == LabelSource.MODEL and (screened.withheld or answer_withheld):
        return SkipReason.SUSPECTED_INJECTION
    return Example(
        system=redactor.redact(system),
        user=redactor.redact(screened.text),
        assistant=answer.model_dump_json(),
        split_key=record.fingerprint,
        kind=ExampleKind.TRIAGE,
        verdict=verdict,
        label_source=source,
        withheld_lines=screened.withheld + answer_withheld,
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
) -> tuple[TriageVerdict, int]:
    """The answer to teach, in the triage module's own answer contract, and lines withheld.

    TriageVerdict is what the model must produce at inference (its JSON schema is
    sent to the server), so training on anything else would teach answers that fail
    validation: no fix is "", not null, and texts stay within its length limits.
    A rationale or fix that repeats text addressed to the model has those lines withheld.
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
    rationale_screened, fix_screened = screen_text(rationale), screen_text(fix)
    verdict_answer = TriageVerdict(
        verdict=str(verdict),
        confidence=1.0 if source == LabelSource.HUMAN else _model_confidence(record, answer),
        rationale=redactor.redact(rationale_screened.text)[:MAX_RATIONALE_CHARS],
        recommended_fix=redactor.redact(fix_screened.text)[:MAX_FIX_CHARS],
    )
    return verdict_answer, rationale_screened.withheld + fix_screened.withheld


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
