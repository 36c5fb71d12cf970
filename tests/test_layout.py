"""The layering of the code base: arrows point down only, only ui/ touches Qt."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_ui_embeds_vtk_in_qt():
    offenders = []
    for pkg in ("workstation", "render", "comms", "courseware"):
        for path in (ROOT / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("vtkmodules.qt")]
    assert not offenders, offenders


def _calls_and_bases(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield "call", ast.unparse(node.func)
        elif isinstance(node, ast.ClassDef):
            for base in node.bases:
                yield "base", ast.unparse(base)


def test_ui_runs_work_off_the_gui_thread_through_one_helper():
    """Threads and cross-thread hops in ui/ go through ui/common/qthreading.py (Task, GuiDispatcher,
    SerialWorker), not hand-made copies. ui/consult/videocall.py is still being written (its leave-call thread)."""
    allowed = {"qthreading.py", "videocall.py"}
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name in allowed:
            continue
        for kind, name in _calls_and_bases(path):
            if kind == "call" and name in ("threading.Thread", "Thread"):
                offenders.append(f"{path.name}: {name}(...)")
            if kind == "base" and name in ("QThread", "QtCore.QThread"):
                offenders.append(f"{path.name}: a QThread subclass")
        text = path.read_text(encoding="utf-8")
        if "class _Invoker" in text:
            offenders.append(f"{path.name}: its own _Invoker")
    assert not offenders, offenders


def test_ui_is_one_sub_package_per_feature():
    """ui/ keeps only the application and its main window at the top; every screen lives in the
    sub-package of its feature (reading, consult, broadcast, courses, referrals, setup) and what
    they share in ui/common, so a newcomer finds where a change goes from the folder names."""
    top = sorted(p.name for p in (ROOT / "ui").glob("*.py"))
    assert top == ["__init__.py", "app.py", "mainwindow.py"], top
    packages = sorted(p.parent.name for p in (ROOT / "ui").glob("*/__init__.py"))
    assert packages == ["broadcast", "common", "consult", "courses", "reading", "referrals", "setup"], packages
    for pkg in packages:
        doc = ast.get_docstring(ast.parse((ROOT / "ui" / pkg / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"ui/{pkg}/__init__.py says what the feature holds"


def test_the_course_format_is_shared_not_circular():
    """courseware/format.py holds what package and validate share: neither validate nor format
    imports package, and format imports neither."""
    def imported(name):
        tree = ast.parse((ROOT / "courseware" / f"{name}.py").read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(("courseware." if node.level else "") + node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        return found

    assert "courseware.package" not in imported("validate")
    assert not {"courseware.package", "courseware.validate"} & imported("format")


def _cycles(package: str) -> list[list[str]]:
    """Groups of modules of ``package`` that import each other in a circle (Tarjan's strongly
    connected components over grimp's graph, which counts imports inside functions too)."""
    import grimp

    graph = grimp.build_graph(package)
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.split(".")[0] == package)
             for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # recursive: module graphs are shallow
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_inside_a_package():
    """Inside a package modules import one way only, including imports inside functions: a cycle
    hidden by a function-level import is still a cycle (the hub once sat in an 8-module one)."""
    cycles = {pkg: _cycles(pkg) for pkg in ("workstation", "render", "comms", "courseware", "ui")}
    assert not any(cycles.values()), cycles
