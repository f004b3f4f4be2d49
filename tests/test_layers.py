"""The house rules of the code: which app may import which (README, "Layout").

Every import is read from the source (also imports inside functions, which hide circles from
a first look), so a new import that runs back up a layer or closes a circle fails here with the
two files named.
"""

import ast
from pathlib import Path

from django.conf import settings

import pytest

ROOT = Path(settings.BASE_DIR)
# Top layer first. An app may import from its own layer's apps only if listed together below,
# and from any app in a lower layer; never from a higher one.
LAYERS = [
    ["kokcms"],
    ["backups", "twofactor", "readability", "linkcheck"],
    ["sitecontent"],
    ["search"],
    ["information", "network"],
    ["home"],
    ["translators"],
    ["multilingual"],
    ["pagecache"],
]
LAYER_OF = {app: depth for depth, apps in enumerate(LAYERS) for app in apps}
# Apps of the same layer that are independent domains and must not know each other.
SIBLINGS_APART = {("information", "network"), ("network", "information")}


def modules():
    """Our source modules: dotted name -> path (tests, benchmarks and migrations left out)."""
    found = {}
    for app in LAYER_OF:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports_of(name, path, known):
    """The modules of ours that ``name`` imports, anywhere in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            candidates = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for candidate in candidates:
            # The longest known module the import names (``from home import navigation``).
            while candidate and candidate not in known:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                targets.add(candidate)
                break
    return targets


@pytest.fixture(scope="module")
def graph():
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def app_of(module):
    return module.split(".")[0]


def test_no_import_runs_up_a_layer(graph):
    upward = [
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if LAYER_OF[app_of(target)] < LAYER_OF[app_of(module)]
        or (app_of(module), app_of(target)) in SIBLINGS_APART
    ]
    assert upward == []


def test_no_circles(graph):
    circles = []
    state = {}

    def visit(module, trail):
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                circles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


def test_models_and_data_never_import_template_code(graph):
    """Template tags render what plain modules return; nothing below them imports them."""
    offenders = [
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if ".templatetags" in target and ".templatetags" not in module
    ]
    assert offenders == []


def test_the_graph_sees_the_imports_it_checks(graph):
    """The reader of imports itself: known arrows of this house are found."""
    assert "home.navigation" in graph["home.models"]
    assert (
        "multilingual.reader" in graph["home.navigation"]
        or "multilingual.versions" in graph["home.navigation"]
    )
    assert "home.models" in graph["information.models"]
    assert "sitecontent.translations" in graph["sitecontent.management.commands.bootstrap_kok"]
