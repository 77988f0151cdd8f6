"""Function summaries for Semgrep's taint rules: flows across functions and modules.

Semgrep's open-source engine follows taint inside one function. Its default
propagation already carries taint through a call to a function it does not know
(a tainted argument makes the result tainted), so three things are lost:

- a helper that *returns* request data (`def name(): return request.args["n"]`,
  `String param(HttpServletRequest r) { return r.getParameter("x"); }`) is no source
  where it is called;
- a helper that *sanitizes* its argument (returns it int-cast, escaped, allow-listed,
  or returns a constant) still passes taint through at its call sites;
- a helper whose *parameter reaches a sink* inside it reports nothing, since its
  parameter is no source; the flow is only visible at the call site.

Summaries are computed per scan with Semgrep itself. `summary_rules` writes, from the
pack's taint rules, rules whose findings are facts about the scanned code's functions
(pass 1); `read_summaries` turns Semgrep's JSON report of them into `Summaries`; and
`augmented_rules` gives the pack's taint rules, same ids, with extra sources
(`F(...)`, `obj.F(...)` for a helper F that returns tainted data), sanitizers
(helpers that return none of their parameters' taint) and sinks (the argument at
position N of a call to F, when F's parameter N reaches the rule's sink) (pass 2).

Pass 1's rules, per language (see `summary_rules` for why not per rule):

- `<lang>.params`: sources are the parameters of the functions summarized (the
  parameter in the definition, so a reassignment clears it), sinks are their
  `return` (and `yield`) values and every sink of the language's taint rules,
  without sanitizers. A finding says "F's parameter P (after the parameters
  $...STBEFORE) reaches a return value / a sink".
- `<lang>.returns<m>`: sources are one distinct set of the rules' sources, the sink
  a function's returned value: "F returns tainted data".
- `<lang>.functions`: where each summarized function is defined, and its parameters.
- `<lang>.sink<i>`, `<lang>.sanitizer<i>`: search rules, one per distinct sink and
  sanitizer of the pack, locating them: which rule a parameter's flow concerns is the
  sink whose match has the finding's range, and whether that rule's sanitizer stands
  in the way is read from where its matches lie (`read_summaries`).

The function name and the parameter list come from metavariables interpolated in
the messages (Semgrep 1.187 leaves `extra.metavars` empty for these rules and prints
an unbound metavariable as itself). The messages also carry matched code, so a
message that does not split into the expected fields is read conservatively: its
function counts as passing its parameters through (never a sanitizer) and gives no
sink.

Limits, by design: functions are matched by name (and, for sinks, argument
position), not by resolved type or module, so two functions of one name share their
summaries (a sanitizer only when every definition of the name is one); names of
common library methods (`get`, `append`, `execute` …) are never summarized, so that
`dict.get` does not become a source because some view defines `get`. One level of
calls is summarized: a helper that calls another helper is summarized with the pack's
rules only. Rules with taint labels, and languages without a syntax entry below, are
left as they are.

This module runs inside the sandbox (see `semgrep_project`): it imports only the
standard library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

SUMMARY_RULE_PREFIX = "securetag.summary."
# Joins the fields of a summary message; no identifier holds it, and matched code
# that does only makes its message unreadable (read conservatively, see above).
FIELD_SEPARATOR = "\u241f"
# What Semgrep prints for a metavariable the match left unbound.
_UNBOUND = re.compile(r"^\$(\.\.\.)?[A-Z_][A-Z0-9_]*$")
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
# Keys of a sink or source entry that are pattern operators (anything else, such as
# `requires` or `exact`, is a taint option that does not fit inside `patterns`).
_PATTERN_KEYS = frozenset(
    {
        "pattern",
        "patterns",
        "pattern-either",
        "pattern-regex",
        "pattern-inside",
        "pattern-not",
        "pattern-not-inside",
        "pattern-not-regex",
        "focus-metavariable",
        "metavariable-regex",
        "metavariable-pattern",
        "metavariable-comparison",
    }
)
_TAINT_LABEL_KEYS = ("label", "requires")


# Names that are also methods or functions of the languages' standard libraries and
# frameworks: a project function of that name must not make every `x.get(...)` a
# source or a sanitizer.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_NAMES = _words(
    """
    get put post patch delete head options set add append extend insert remove pop clear
    update items keys values copy sort reverse index count find replace split join strip
    lstrip rstrip lower upper format encode decode read write open close run call apply
    execute exec eval send recv load loads dump dumps parse render dispatch handle process
    main init setup start stop filter map reduce next iter len str int repr hash equals
    hashCode toString valueOf of build create make new compile match search sub group
    getParameter getHeader getAttribute setAttribute getValue setValue getName getId
    contains containsKey startsWith endsWith substring trim length charAt isEmpty size
    service doGet doPost doPut doDelete invoke accept test print println log debug info
    warning error exception save commit query fetch fetchone fetchall cursor connect
    """
)


@dataclass(frozen=True, slots=True)
class FunctionSyntax:
    """How one language writes a function, as Semgrep patterns.

    `definition` binds $STFN, the parameters before one ($...STBEFORE) and the
    parameter itself ($STPARAM); `with_params` binds $STFN and all its parameters
    ($...STPARAMS); `returned` is a return statement binding $STRET. `receivers`
    are names a leading parameter has when it is the object a method is called on
    (Python's `self`), which a call's arguments do not include.
    """

    definition: str
    with_params: str
    returned: tuple[str, ...]
    receivers: frozenset[str] = frozenset()
    keyword_arguments: bool = False


PYTHON = FunctionSyntax(
    definition="def $STFN($...STBEFORE, $STPARAM, ...):\n  ...\n",
    with_params="def $STFN($...STPARAMS):\n  ...\n",
    returned=("return $STRET", "yield $STRET"),
    receivers=frozenset({"self", "cls"}),
    keyword_arguments=True,
)
JAVA = FunctionSyntax(
    definition="$STTYPE $STFN($...STBEFORE, $STPTYPE $STPARAM, ...) { ... }",
    with_params="$STTYPE $STFN($...STPARAMS) { ... }",
    returned=("return $STRET;",),
)
SYNTAX = {"python": PYTHON, "java": JAVA}


@dataclass(frozen=True, slots=True, order=True)
class ParamSink:
    """A call of `function` whose argument at `position` (or keyword `keyword`) is a sink."""

    function: str
    position: int | None
    keyword: str | None
    method_only: bool = False  # defined with a receiver (self): only `obj.f(...)` calls


@dataclass
class Summaries:
    """What pass 1 learnt, by the pack rule id it applies to."""

    sources: dict[str, set[str]] = field(default_factory=dict)
    sanitizers: dict[str, set[str]] = field(default_factory=dict)
    sinks: dict[str, set[ParamSink]] = field(default_factory=dict)

    def rule_ids(self) -> set[str]:
        """The pack rules pass 2 has something to add to."""
        return {
            rule_id
            for table in (self.sources, self.sanitizers, self.sinks)
            for rule_id, entries in table.items()
            if entries
        }

    def call_names(self, rule_id: str) -> set[str]:
        """Functions whose calls can add a finding of `rule_id` (sources and sinks)."""
        return set(self.sources.get(rule_id, ())) | {
            sink.function for sink in self.sinks.get(rule_id, ())
        }

    def counts(self) -> dict[str, int]:
        return {
            "sources": len({name for names in self.sources.values() for name in names}),
            "sanitizers": len({name for names in self.sanitizers.values() for name in names}),
            "sinks": len({sink for sinks in self.sinks.values() for sink in sinks}),
        }


Site = tuple[str, int, int]  # path, start and end byte offsets of a match


@dataclass
class _Language:
    """The pack's taint rules for one language, and what pass 1 asks about them."""

    name: str
    members: list[str] = field(default_factory=list)
    propagators: dict[str, Any] = field(default_factory=dict)  # canonical JSON -> entry
    sinks: dict[str, list[str]] = field(default_factory=dict)  # canonical sink -> rule ids
    sanitizers: dict[str, list[str]] = field(default_factory=dict)  # canonical -> rule ids
    sources: dict[str, list[str]] = field(default_factory=dict)  # canonical list -> rule ids


@dataclass
class SummaryPlan:
    """Pass 1's rules and how to read their findings back."""

    rules: list[dict[str, Any]]
    # generated rule id -> (kind, language, rule ids it speaks for); kinds: "params",
    # "returns", "functions", "sink", "sanitizer"
    readers: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)


def taint_rules(rules: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """The pack's taint rules that summaries can extend (old-style keys, no labels)."""
    for rule in rules:
        if rule.get("mode") != "taint" or not isinstance(rule.get("id"), str):
            continue
        if not (rule.get("pattern-sources") and rule.get("pattern-sinks")):
            continue
        if _uses_labels(rule) or _language(rule) is None:
            continue
        yield rule


def summary_rules(
    rules: Iterable[Mapping[str, Any]], functions: Mapping[str, Iterable[str]] | None = None
) -> SummaryPlan:
    """Pass 1: the rules whose findings summarize the scanned code's functions.

    `functions`, by language, limits the summaries to functions of those names (the
    runner passes the functions the scanned code calls; request handlers nobody calls
    are left out). A language missing from it gets no summary rules; None summarizes
    every function.

    Per language, not per rule: one taint rule follows every summarized function's
    parameters to its return values and to every sink of the language's rules (a
    parameter is a source in every function, so each such rule costs about what the
    whole pack costs; one per rule would multiply the scan time), one taint rule per
    distinct set of sources follows them to return values, and cheap search rules
    locate each sink and sanitizer of the pack. Which rule a flow concerns, and
    whether that rule's sanitizer makes it harmless, is read from where those
    matches lie (`read_summaries`).
    """
    languages: dict[str, _Language] = {}
    for rule in taint_rules(rules):
        name = _language(rule)
        assert name is not None  # taint_rules checked it
        wanted = None if functions is None else _summarizable_names(functions.get(name, ()))
        if wanted is not None and not wanted:
            continue
        language = languages.setdefault(name, _Language(name))
        language.members.append(rule["id"])
        for entry in rule.get("pattern-propagators") or []:
            language.propagators.setdefault(_canonical(entry), entry)
        for entry in rule["pattern-sinks"]:
            language.sinks.setdefault(_canonical(entry), []).append(rule["id"])
        for entry in rule.get("pattern-sanitizers") or []:
            language.sanitizers.setdefault(_canonical(entry), []).append(rule["id"])
        language.sources.setdefault(_canonical(rule["pattern-sources"]), []).append(rule["id"])
    plan = SummaryPlan(rules=[])
    for language in languages.values():
        names = None if functions is None else _summarizable_names(functions[language.name])
        _add_language_rules(plan, language, names)
    return plan


def _add_language_rules(plan: SummaryPlan, language: _Language, names: set[str] | None) -> None:
    syntax = SYNTAX[language.name]
    base = f"{SUMMARY_RULE_PREFIX}{language.name}"
    propagators = list(language.propagators.values())
    # The function's name is spelled out in the source pattern rather than matched by a
    # regex, so a parameter is a source only in the functions summarized. The sink's
    # enclosing definition names the function ($STFN) in the message.
    parameter = {
        "patterns": [_definitions(syntax.definition, names), {"focus-metavariable": "$STPARAM"}]
    }
    sinks = [_inside_function(syntax, _either(syntax.returned), focus="$STRET")]
    sinks += [_inside_function(syntax, _pattern_only(json.loads(key))) for key in language.sinks]
    _add(
        plan,
        _taint_rule(
            f"{base}.params",
            language.name,
            sources=[parameter],
            sinks=sinks,
            propagators=propagators,
            message=FIELD_SEPARATOR.join(["$STFN", "$STPARAM", "$STRET", "$...STBEFORE"]),
        ),
        ("params", language.name, language.members),
    )
    for number, (key, members) in enumerate(language.sources.items()):
        returned = _inside_function(syntax, _either(syntax.returned), focus="$STRET", names=names)
        _add(
            plan,
            _taint_rule(
                f"{base}.returns{number}",
                language.name,
                sources=json.loads(key),
                sinks=[returned],
                propagators=propagators,
                message="$STFN",
            ),
            ("returns", language.name, members),
        )
    _add(
        plan,
        {
            "id": f"{base}.functions",
            "languages": [language.name],
            "severity": "INFO",
            "message": FIELD_SEPARATOR.join(["$STFN", "$...STPARAMS"]),
            "patterns": [_definitions(syntax.with_params, names), {"pattern": syntax.with_params}],
        },
        ("functions", language.name, language.members),
    )
    for kind, table in (("sink", language.sinks), ("sanitizer", language.sanitizers)):
        for number, (key, members) in enumerate(table.items()):
            _add(
                plan,
                {
                    "id": f"{base}.{kind}{number}",
                    "languages": [language.name],
                    "severity": "INFO",
                    "message": kind,
                    "patterns": [_pattern_only(json.loads(key))],
                },
                (kind, language.name, members),
            )


def _add(plan: SummaryPlan, rule: dict[str, Any], reader: tuple[str, str, list[str]]) -> None:
    plan.rules.append(rule)
    plan.readers[rule["id"]] = reader


def _either(patterns: tuple[str, ...]) -> dict[str, Any]:
    if len(patterns) == 1:
        return {"pattern": patterns[0]}
    return {"pattern-either": [{"pattern": pattern} for pattern in patterns]}


def _definitions(template: str, names: set[str] | None) -> dict[str, Any]:
    """`template` (a definition of $STFN) for each of `names`, or as is for any function."""
    if names is None:
        return {"pattern": template}
    return {
        "pattern-either": [{"pattern": template.replace("$STFN", name)} for name in sorted(names)]
    }


def _named(names: set[str] | None) -> list[dict[str, Any]]:
    """A condition that $STFN is one of `names` (none when every function is summarized)."""
    if names is None:
        return []
    alternatives = "|".join(re.escape(name) for name in sorted(names))
    return [{"metavariable-regex": {"metavariable": "$STFN", "regex": f"^(?:{alternatives})$"}}]


def _summarizable_names(names: Iterable[str]) -> set[str]:
    return {name for name in names if _summarizable(name)}


def _taint_rule(
    rule_id: str,
    language: str,
    *,
    sources: list[Any],
    sinks: list[Any],
    propagators: list[Any],
    message: str,
) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": rule_id,
        "mode": "taint",
        "languages": [language],
        "severity": "INFO",
        "message": message,
        "pattern-sources": sources,
        "pattern-sinks": sinks,
    }
    if propagators:
        rule["pattern-propagators"] = propagators
    return rule


def _inside_function(
    syntax: FunctionSyntax,
    matcher: dict[str, Any],
    *,
    focus: str | None = None,
    names: set[str] | None = None,
) -> dict[str, Any]:
    """A sink inside a function $STFN (of `names`, when given)."""
    parts: list[dict[str, Any]] = [{"pattern-inside": syntax.with_params}, *_named(names), matcher]
    if focus:
        parts.append({"focus-metavariable": focus})
    return {"patterns": parts}


def _pattern_only(entry: Any) -> dict[str, Any]:
    """A source or sink entry as a pattern that fits in `patterns` (taint options dropped)."""
    if isinstance(entry, dict):
        kept = {key: value for key, value in entry.items() if key in _PATTERN_KEYS}
        if len(kept) == 1:
            return kept
        if kept:
            return {"patterns": [{key: value} for key, value in kept.items()]}
    return {"pattern-regex": "(?!)"}  # matches nothing


# --- reading pass 1 -------------------------------------------------------------------


@dataclass
class _Facts:
    """Pass 1's findings, sorted by what they say."""

    # (language, function) -> sites of its definitions, and its arguments' count
    functions: dict[tuple[str, str], list[tuple[Site, int]]] = field(default_factory=dict)
    sink_sites: dict[Site, set[str]] = field(default_factory=dict)  # -> rule ids
    sanitizer_sites: dict[Site, set[str]] = field(default_factory=dict)  # -> rule ids
    # (language, function) -> returned values that hold a parameter's taint
    passthrough: dict[tuple[str, str], list[Site]] = field(default_factory=dict)
    unreadable: set[tuple[str, str]] = field(default_factory=set)
    # (language, function) -> returned values that hold request data, for which rules
    returns: dict[tuple[str, str], list[tuple[Site, list[str]]]] = field(default_factory=dict)
    # (language, function, parameter, parameters before it, sink site)
    reached: list[tuple[str, str, str, str, Site]] = field(default_factory=list)


def read_summaries(plan: SummaryPlan, results: Iterable[Mapping[str, Any]]) -> Summaries:
    """Summaries from pass 1's findings (the results of other rules are ignored).

    The flows are followed without the rules' sanitizers (one rule for all), so a
    rule's sanitizer counts where it matches inside a returned value
    (`return int(x)`, `return String.valueOf(Integer.parseInt(v))`: the function
    sanitizes for that rule, or returns no request data) or anywhere in a function
    whose parameter reaches a sink (the sink is then not summarized: fewer findings,
    never a false one from a helper that sanitizes before its sink). A returned value
    that only partly passes through a sanitizer (`return x + int(y)`) is read as
    sanitized too: the price of one pass-1 rule per language instead of one per rule.
    """
    facts = _sort(plan, results)
    summaries = Summaries()
    for (_, name), returns in facts.returns.items():
        for site, members in returns:
            for rule_id in members:
                if not _sanitized_within(facts, site, rule_id):
                    summaries.sources.setdefault(rule_id, set()).add(name)
    for language, name, param, before, site in facts.reached:
        definition = _enclosing(facts.functions.get((language, name), []), site)
        if definition is None:
            continue
        sink = _param_sink(SYNTAX[language], name, param, before)
        if sink is None:
            continue
        for rule_id in facts.sink_sites.get(site, set()):
            if not _sanitized_within(facts, definition, rule_id):
                summaries.sinks.setdefault(rule_id, set()).add(sink)
    for kind, language, members in plan.readers.values():
        if kind != "functions":
            continue
        for rule_id in members:
            names = {
                name
                for (lang, name), definitions in facts.functions.items()
                if lang == language
                and (lang, name) not in facts.unreadable
                and all(arguments > 0 for _, arguments in definitions)
                and name not in summaries.sources.get(rule_id, set())
                # A sanitizer's call would hide the sink among its own arguments.
                and name not in {sink.function for sink in summaries.sinks.get(rule_id, ())}
                and all(
                    _sanitized_within(facts, site, rule_id)
                    for site in facts.passthrough.get((lang, name), [])
                )
            }
            if names:
                summaries.sanitizers[rule_id] = names
    return summaries


def _sort(plan: SummaryPlan, results: Iterable[Mapping[str, Any]]) -> _Facts:
    facts = _Facts()
    for result in results:
        reader = plan.readers.get(str(result.get("check_id")))
        if reader is None:
            continue
        kind, language, members = reader
        message = str((result.get("extra") or {}).get("message") or "")
        site = _site(result)
        if kind == "returns":
            if _summarizable(message.strip()):
                key = (language, message.strip())
                facts.returns.setdefault(key, []).append((site, members))
        elif kind == "functions":
            fields = _split(message, 2)
            if fields and _summarizable(fields[0]):
                arguments = _call_positions(SYNTAX[language], fields[1])
                facts.functions.setdefault((language, fields[0]), []).append((site, arguments))
        elif kind == "sink":
            facts.sink_sites.setdefault(site, set()).update(members)
        elif kind == "sanitizer":
            facts.sanitizer_sites.setdefault(site, set()).update(members)
        elif kind == "params":
            fields = _split(message, 4)
            if not fields:
                # Unreadable (matched code held the separator): never a sanitizer, no sink.
                name = message.split(FIELD_SEPARATOR, 1)[0].strip()
                facts.unreadable.add((language, name))
                continue
            name, param, returned, before = fields
            if _is_bound(returned):
                facts.passthrough.setdefault((language, name), []).append(site)
            elif _summarizable(name) and _IDENTIFIER.match(param):
                facts.reached.append((language, name, param, before, site))
    return facts


def _enclosing(definitions: list[tuple[Site, int]], site: Site) -> Site | None:
    """The innermost definition (of those listed) that holds `site`."""
    holding = [
        definition
        for definition, _ in definitions
        if definition[0] == site[0] and definition[1] <= site[1] and site[2] <= definition[2]
    ]
    return min(holding, key=lambda definition: definition[2] - definition[1], default=None)


def _sanitized_within(facts: _Facts, outer: Site, rule_id: str) -> bool:
    """Whether one of `rule_id`'s sanitizers matches inside `outer`."""
    return any(
        rule_id in rule_ids and _enclosing([(outer, 0)], site) is not None
        for site, rule_ids in facts.sanitizer_sites.items()
    )


def _site(result: Mapping[str, Any]) -> Site:
    start, end = result.get("start") or {}, result.get("end") or {}
    return (str(result.get("path")), int(start.get("offset", -1)), int(end.get("offset", -1)))


def _param_sink(syntax: FunctionSyntax, name: str, param: str, before: str) -> ParamSink | None:
    """Where `param` of `name` sits in a call's arguments."""
    earlier = [] if _is_unbound(before) else _split_params(before)
    method_only = bool(earlier) and _param_name(earlier[0]) in syntax.receivers
    if method_only:
        earlier = earlier[1:]
    keyword = param if syntax.keyword_arguments else None
    if any(item.startswith("*") for item in earlier):  # keyword-only after *args or *
        return ParamSink(name, None, keyword, method_only) if keyword else None
    position = len([item for item in earlier if item != "/"])
    return ParamSink(name, position, keyword, method_only)


def _call_positions(syntax: FunctionSyntax, params: str) -> int:
    """How many arguments a call passes to a function with these parameters."""
    items = [] if _is_unbound(params) else _split_params(params)
    if items and _param_name(items[0]) in syntax.receivers:
        items = items[1:]
    return len([item for item in items if item not in ("/", "*")])


def _split(message: str, count: int) -> list[str]:
    parts = [part.strip() for part in message.split(FIELD_SEPARATOR)]
    return parts if len(parts) == count else []


def _split_params(text: str) -> list[str]:
    """Top-level comma-separated items (commas inside brackets or generics stay)."""
    items, depth, current = [], 0, []
    for char in text:
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if "".join(current).strip():
        items.append("".join(current).strip())
    return [item for item in items if item]


def _param_name(item: str) -> str:
    return re.split(r"[\s:=]", item.strip(), maxsplit=1)[0]


def _is_unbound(text: str) -> bool:
    return not text or bool(_UNBOUND.match(text.strip()))


def _is_bound(text: str) -> bool:
    return not _is_unbound(text)


def _summarizable(name: str) -> bool:
    return (
        bool(_IDENTIFIER.match(name))
        and len(name) >= 3
        and name not in COMMON_NAMES
        and not name.startswith("__")
    )


# --- which functions to summarize ----------------------------------------------------

# Source files by extension, for the text search of defined and called functions.
EXTENSIONS = {".py": "python", ".pyi": "python", ".java": "java"}
_NAME_BEFORE_PAREN = re.compile(r"\b([A-Za-z_$][A-Za-z0-9_$]*)\s*\(")
# Words after which `name(` is a call, not a declaration (`def name(`, `String name(`).
_CALL_KEYWORDS = _words(
    "return await not and or in is if elif while yield else assert lambda throw case new"
)


def called_functions(files: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Per language, the names that are both declared and called in `(language, text)` files.

    A text search, not a parse: `name(` is a declaration when a word other than a
    keyword stands before it on its line (`def name(`, `public String name(`), and a
    call otherwise (`x = name(`, `obj.name(`, `return name(`, `name(` opening a line).
    It only decides which functions pass 1 summarizes, so an error costs a summary
    or some time, never a finding of the pack.
    """
    declared: dict[str, set[str]] = {}
    called: dict[str, set[str]] = {}
    for language, text in files:
        for line in text.splitlines():
            if "(" not in line:
                continue
            for match in _NAME_BEFORE_PAREN.finditer(line):
                before = line[: match.start()].rstrip()
                word = re.search(r"[A-Za-z0-9_$]+$", before)
                is_call = (word is None and not before.endswith((">", "]"))) or (
                    word is not None and word.group(0) in _CALL_KEYWORDS
                )
                if is_call:
                    called.setdefault(language, set()).add(match.group(1))
                else:
                    declared.setdefault(language, set()).add(match.group(1))
    return {language: names & called.get(language, set()) for language, names in declared.items()}


# --- pass 2 ---------------------------------------------------------------------------


def augmented_rules(
    rules: Iterable[Mapping[str, Any]], summaries: Summaries
) -> list[dict[str, Any]]:
    """The pack's taint rules that summaries extend, same ids, with the extra patterns."""
    augmented = []
    for rule in taint_rules(rules):
        rule_id = rule["id"]
        if rule_id not in summaries.rule_ids():
            continue
        copy = json.loads(json.dumps(rule))
        sources = sorted(summaries.sources.get(rule_id, ()))
        sanitizers = sorted(summaries.sanitizers.get(rule_id, ()))
        sinks = sorted(summaries.sinks.get(rule_id, ()))
        if sources:
            copy["pattern-sources"] = [*copy["pattern-sources"], _calls(sources)]
        if sanitizers:
            copy["pattern-sanitizers"] = [
                *(copy.get("pattern-sanitizers") or []),
                _calls(sanitizers),
            ]
        if sinks:
            copy["pattern-sinks"] = [*copy["pattern-sinks"], _sink_calls(sinks)]
        augmented.append(copy)
    return augmented


def _calls(names: list[str]) -> dict[str, Any]:
    patterns = []
    for name in names:
        patterns += [{"pattern": f"{name}(...)"}, {"pattern": f"$STRECEIVER.{name}(...)"}]
    return {"pattern-either": patterns}


def _sink_calls(sinks: list[ParamSink]) -> dict[str, Any]:
    patterns = []
    for sink in sinks:
        if sink.position is not None:
            leading = "".join(f"$STA{index}, " for index in range(sink.position))
            arguments = f"{leading}$STARG, ..."
            patterns.append({"pattern": f"$STRECEIVER.{sink.function}({arguments})"})
            if not sink.method_only:
                patterns.append({"pattern": f"{sink.function}({arguments})"})
        if sink.keyword:
            keyword = f"..., {sink.keyword}=$STARG, ..."
            patterns.append({"pattern": f"$STRECEIVER.{sink.function}({keyword})"})
            if not sink.method_only:
                patterns.append({"pattern": f"{sink.function}({keyword})"})
    return {"patterns": [{"pattern-either": patterns}, {"focus-metavariable": "$STARG"}]}


# --- helpers --------------------------------------------------------------------------


def _language(rule: Mapping[str, Any]) -> str | None:
    languages = {str(lang).lower() for lang in rule.get("languages") or []}
    known = sorted(languages & SYNTAX.keys())
    # A rule for several languages with different syntax would need one def pattern each.
    return known[0] if len(known) == 1 and len(languages) == 1 else None


def _uses_labels(value: Any) -> bool:
    if isinstance(value, dict):
        return any(key in value for key in _TAINT_LABEL_KEYS) or any(
            _uses_labels(item) for item in value.values()
        )
    if isinstance(value, list):
        return any(_uses_labels(item) for item in value)
    return False


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))
