"""Generated repositories of a chosen size, shared by the scan benchmarks.

The vulnerable multi-language project (tests/support/vulnerable_project.py) plus
filler modules, Python and JavaScript alternately, until the tree holds at least
the asked-for number of lines. The same size always gives the same archive, so
two benchmarks (or two runs) that name a size scan the same code.
"""

from __future__ import annotations

import random

from tests.support import vulnerable_project as project
from tests.support.archives import tar_gz

# The sizes the benchmarks name (lines of code, at least).
SIZES = {"small": 1_000, "10k": 10_000, "100k": 100_000}

# Each function carries a tag and a limit of its own: identical filler would compress
# past the unpacker's 100:1 decompression-bomb ratio at 100,000 lines and be refused.
FILLER_PY = '''
def helper_{n}_{tag}(items, limit={limit}):
    """Sum the even items below the limit ({tag})."""
    total = 0
    for item in items:
        if item % 2 == 0 and item < limit:
            total += item
    return total
'''
FILLER_JS = """
function helper{n}_{tag}(items, limit = {limit}) {{
  let total = 0;
  for (const item of items) {{
    if (item % 2 === 0 && item < limit) {{ total += item; }}
  }}
  return total;
}}
"""
FUNCTIONS_PER_MODULE = 40


def lines_of(size: str) -> int:
    """A size's line count: a name of SIZES, or a number of lines (`300`, `2500`)."""
    if size in SIZES:
        return SIZES[size]
    try:
        lines = int(size.replace("_", ""))
    except ValueError:
        raise ValueError(f"unknown size {size!r}: one of {', '.join(SIZES)} or a number") from None
    if lines <= 0:
        raise ValueError(f"a repository needs at least one line, not {lines}")
    return lines


def files(target_lines: int) -> dict[str, bytes]:
    """The repository's files by path: the vulnerable project, then filler to size."""
    tree = {
        "app/views.py": project.FLASK_APP,
        "app/settings.py": project.SETTINGS_WITH_A_KEY,
        "web/server.js": project.EXPRESS_SERVER,
        "src/main/java/com/example/UserServlet.java": project.JAVA_DAO,
        "cmd/convert/main.go": project.GO_COMMAND,
    }
    lines = sum(text.count("\n") for text in tree.values())
    module = 0
    chance = random.Random(target_lines)  # the same size, the same code
    while lines < target_lines:
        ext, filler = ("py", FILLER_PY) if module % 2 == 0 else ("js", FILLER_JS)
        text = "".join(
            filler.format(n=i, tag=f"{chance.getrandbits(48):012x}", limit=chance.randrange(10**9))
            for i in range(FUNCTIONS_PER_MODULE)
        )
        tree[f"lib/pkg{module % 8}/module{module}.{ext}"] = text
        lines += text.count("\n")
        module += 1
    return {name: text.encode() for name, text in tree.items()}


def repository(target_lines: int = SIZES["10k"]) -> tuple[bytes, int]:
    """A tar.gz of the repository of at least `target_lines` lines; (archive, line count)."""
    tree = files(target_lines)
    return tar_gz(tree), sum(data.count(b"\n") for data in tree.values())
