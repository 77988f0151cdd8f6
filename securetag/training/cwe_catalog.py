"""Knowledge pairs from MITRE's CWE catalog: what each weakness is, and how to find and fix it.

`from_cwe` streams the catalog (cwec_v4.x.xml, or the .xml.zip as downloaded) and
turns each weakness into question and answer `Example`s, the same type triage
examples are, so one `write_dataset` call writes both kinds.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from securetag.training.examples import DatasetError, Example, ExampleKind, ExampleSet, SkipReason


class CweCatalogError(DatasetError):
    """The file given as a CWE catalog cannot be read as one."""

    code = "cwe_catalog_invalid"


KNOWLEDGE_SYSTEM_PROMPT = (
    "You are Securetag's application-security assistant. Answer questions about "
    "software weaknesses accurately and concisely, for developers who must fix them."
)

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
