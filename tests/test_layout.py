"""The house shows the pipeline: packages by stage, imports only downward, no cycle, small modules.

Stages, in the order data flows through them. A module may import modules of its own package
and of packages on a lower stage; packages on one stage do not import each other. The
foundation (settings, errors, article, the package face) is stage 0.
"""
from __future__ import annotations

import ast
from itertools import combinations
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "communique"
STAGES = {
    "": 0,             # communique.settings, .errors, .article, communique/__init__
    "ingest": 1,
    "coding": 2,
    "evaluation": 3,
    "record": 3,
    "engine": 4,
    "serve": 4,
    "cli": 5,
}
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    """Dotted name ("communique.coding.coder") -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Modules of the package that `name` imports anywhere in its file (functions included)."""
    is_pkg = path.name == "__init__.py"
    here = name.split(".") if is_pkg else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join(base + (node.module.split(".") if node.module else []))
            for alias in node.names:
                full = f"{target}.{alias.name}"
                found.add(full if full in known else target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {m for m in found if m in known and m != name}


def _stage(name: str) -> tuple[str, int]:
    parts = name.split(".")
    package = parts[1] if len(parts) > 1 and (PACKAGE / parts[1]).is_dir() else ""
    assert package in STAGES, f"{name}: package {package!r} has no stage in tests/test_layout.py STAGES"
    return package, STAGES[package]


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def test_every_import_goes_down_the_stages():
    wrong = []
    for name, targets in _graph().items():
        package, stage = _stage(name)
        for target in targets:
            tpackage, tstage = _stage(target)
            if tpackage != package and (tstage > stage or (tstage == stage and stage != 0)):
                wrong.append(f"{name} ({package or 'foundation'}, stage {stage}) imports {target} "
                             f"({tpackage or 'foundation'}, stage {tstage})")
    assert not wrong, "imports against the flow:\n" + "\n".join(sorted(wrong))


def test_no_import_cycle():
    graph = _graph()
    state: dict[str, int] = {}
    path: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(path[path.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    # a package face importing its own modules is not a cycle of logic
    cycles = [c for c in cycles if not all(m.startswith(c.split(" -> ")[0]) for m in c.split(" -> "))]
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_modules_are_small():
    big = [f"{p.relative_to(PACKAGE.parent)}: {n} lines" for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not big, f"modules over {MAX_LINES} lines (split by concept):\n" + "\n".join(big)


def _one_letter_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def test_no_two_module_names_one_letter_apart():
    names = {p.stem if p.stem != "__init__" else p.parent.name for p in PACKAGE.rglob("*.py")}
    close = [f"{a} / {b}" for a, b in combinations(sorted(names), 2) if _one_letter_apart(a, b)]
    assert not close, "module names that differ by one letter:\n" + "\n".join(close)


def test_each_package_says_what_it_holds_and_may_import():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80, f"{init}: the docstring should say what the package holds"
        assert "May import" in doc, f"{init}: the docstring should say what the package may import"


def test_the_checks_catch_what_they_look_for():
    assert _one_letter_apart("record", "records") and _one_letter_apart("coder", "codes")
    assert not _one_letter_apart("coder", "coding") and not _one_letter_apart("dates", "data")
    graph = _graph()     # the parser sees the imports the checks rely on, relative and deferred
    assert "communique.coding.merge" in graph["communique.coding.coder"]
    assert "communique.coding.serialize" in graph["communique.record.payload"]
    assert "communique.record.queries" in graph["communique.cli.record_commands"]
    assert _stage("communique.coding.coder") == ("coding", 2) and _stage("communique.article") == ("", 0)


def test_data_word_lists_hold_words_not_yaml_booleans():
    """YAML reads a bare on, off, yes or no as a boolean: a word list holding `on` would hold
    True, and the word would silently never match. Every data file's lists hold strings."""
    import yaml

    def booleans(value, path):
        if isinstance(value, bool):
            yield path
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from booleans(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from booleans(v, f"{path}[{i}]")

    found = [p for f in sorted(PACKAGE.rglob("*.yaml"))
             for p in booleans(yaml.safe_load(f.read_text(encoding="utf-8")), f.relative_to(PACKAGE).as_posix())]
    assert not found, f"quote these words in the YAML data: {found}"
