"""Refresh the interface translations: sources -> .ts (lupdate + fixes) -> translated .ts -> .qm.

Run after any user-visible string changed::

    /work/venv/bin/python packaging/update_translations.py          # rewrite .ts and .qm
    /work/venv/bin/python packaging/update_translations.py --check  # exit 1 if out of date

For each language in ``LANGUAGES`` (now ``zh_CN``):

1. ``pyside6-lupdate`` reads every ``.py`` file under ``globalai_desktop/`` into a fresh .ts.
2. A syntax-tree pass over the same files corrects what lupdate cannot know about Python:
   - the app's translation helpers (``_tr = lambda s: QCoreApplication.translate("Ctx", s)``,
     ``def _tr(text): return QCoreApplication.translate("ChatTab", text)``, the settings
     schema's ``_t()``) and ``tr = QCoreApplication.translate`` aliases, whose literals lupdate
     misses or reads as (source, comment);
   - ``self.tr()`` asks Qt for the *runtime* class name, which is a subclass's name when an
     inherited method runs, and ``widget.tr()`` uses whatever class ``widget`` has.  So every
     source text is also written once into the context ``""``, which ``ui/i18n.py``'s
     translator consults when the exact context has no entry.
   - the model catalog: every text ``catalog.json`` shows to people (labels, help, notes,
     cost, typical wait, choice names, rule messages; ``catalog/texts.py`` decides which)
     goes into the context ``Catalog``, where ``ui/widgets/catalog_text.py`` looks it up.
     The validation sentences of ``catalog/checks.py`` get there through their
     ``QT_TRANSLATE_NOOP("Catalog", …)`` markers like any other marked text.
3. Each message is translated from ``resources/translations/<lang>.py`` (``TRANSLATIONS``:
   source -> translation, ``BY_CONTEXT``: (context, source) -> translation for the few
   words whose meaning depends on the place).  Placeholders ({name}, %n, %1, %s, HTML tags,
   the & mnemonic letter) are checked against the source; a missing or broken translation
   stops the run (the .ts keeps it as unfinished so nothing ships half-done silently).
4. ``pyside6-lrelease`` builds ``resources/translations/globalai_desktop_<lang>.qm``, which
   the app loads at start (no Qt tools are needed at run time).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "globalai_desktop"
OUT_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
APP_NAME = "globalai_desktop"
FALLBACK_CONTEXT = ""          # consulted by ui/i18n.py when the exact context misses
QT_APP_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}


# --- tools ---------------------------------------------------------------------------------
def tool(name: str) -> str:
    """Path of a PySide6 tool: next to the running Python first (a venv), then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this Python")
    return found


# --- the Python pass ------------------------------------------------------------------------
@dataclass(frozen=True)
class Found:
    context: str | None       # None: decided at run time (widget.tr, a tr parameter)
    source: str
    comment: str
    numerus: bool
    file: Path
    lines: tuple[int, ...]    # the call's first line and the literal's line


def _str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _arg(call: ast.Call, index: int, name: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_numerus(node: ast.AST | None) -> bool:
    if node is None:
        return False
    return not (isinstance(node, ast.Constant) and node.value == -1) and not (
        isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub))


def _translate_target(node: ast.AST) -> bool:
    """``QCoreApplication.translate`` (or QApplication / QGuiApplication)."""
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id in QT_APP_CLASSES)


def _helper_context(fn: ast.FunctionDef | ast.Lambda) -> str | None:
    """The context of a one-argument helper whose body translates its parameter."""
    params = [a.arg for a in fn.args.args]
    if not params:
        return None
    body = [fn.body] if isinstance(fn, ast.Lambda) else [
        s.value for s in fn.body if isinstance(s, ast.Return) and s.value is not None]
    for expr in body:
        if not isinstance(expr, ast.Call):
            continue
        named = isinstance(expr.func, ast.Name) and expr.func.id == "QT_TRANSLATE_NOOP"
        if (_translate_target(expr.func) or named) and len(expr.args) >= 2:
            ctx, text = _str(expr.args[0]), expr.args[1]
            if ctx is not None and isinstance(text, ast.Name) and text.id == params[0]:
                return ctx
    return None


class _Visitor(ast.NodeVisitor):
    """Collects translatable literals with the context Qt will be asked for at run time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[Found] = []
        self.dynamic: list[str] = []            # non-literal texts, for a human to review
        self.classes: list[str] = []
        self.scopes: list[dict[str, object]] = [{}]   # name -> context str | "translate"
        self.in_helper = False                  # inside a helper's own body (translates a name)

    def _lookup(self, name: str) -> object | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def _add(self, ctx: str | None, call: ast.Call, text: ast.AST | None,
             comment: ast.AST | None, n: ast.AST | None) -> None:
        source = _str(text)
        if source is None:
            if text is not None and not self.in_helper:
                self.dynamic.append(f"{self.path.as_posix().split('/globalai_desktop/')[-1]}:"
                                    f"{call.lineno}: "
                                    f"{ast.unparse(call)[:100]}")
            return
        self.found.append(Found(ctx, source, _str(comment) or "", _is_numerus(n), self.path,
                                (call.lineno, text.lineno)))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.scopes.append({})
        self.generic_visit(node)
        self.scopes.pop()
        self.classes.pop()

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        ctx = _helper_context(node) if isinstance(node, ast.FunctionDef) else None
        if ctx is not None:
            self.scopes[-1][node.name] = ctx
        scope: dict[str, object] = {}
        for a in node.args.args + node.args.kwonlyargs:
            if a.arg in ("tr", "_tr"):          # a translator handed in: context unknown here
                scope[a.arg] = None
        self.scopes.append(scope)
        outer, self.in_helper = self.in_helper, ctx is not None
        self.generic_visit(node)
        self.in_helper = outer
        self.scopes.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_function

    def visit_Assign(self, node: ast.Assign) -> None:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        value: object = "none"
        if isinstance(node.value, ast.Lambda):
            value = _helper_context(node.value) or "none"
            if value != "none":                 # its body translates a name, not a literal
                for name in names:
                    self.scopes[-1][name] = value
                return
        elif _translate_target(node.value):
            value = "translate"
        if value != "none":
            for name in names:
                self.scopes[-1][name] = value
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        cls = self.classes[-1] if self.classes else None
        if _translate_target(f) or (isinstance(f, ast.Name) and self._lookup(f.id) == "translate"):
            ctx = _str(_arg(node, 0, "context"))
            if ctx is not None:
                self._add(ctx, node, _arg(node, 1, "sourceText"),
                          _arg(node, 2, "disambiguation"), _arg(node, 3, "n"))
        elif isinstance(f, ast.Attribute) and f.attr == "tr":
            own = isinstance(f.value, ast.Name) and f.value.id in ("self", "cls")
            self._add(cls if own else None, node, _arg(node, 0, "sourceText"),
                      _arg(node, 1, "disambiguation"), _arg(node, 2, "n"))
        elif isinstance(f, ast.Name) and f.id == "QT_TRANSLATE_NOOP":
            ctx = _str(_arg(node, 0, "context"))
            if ctx is not None:
                self._add(ctx, node, _arg(node, 1, "sourceText"), None, None)
        elif isinstance(f, ast.Name) and f.id == "QT_TR_NOOP":
            self._add(cls, node, _arg(node, 0, "sourceText"), None, None)
        elif isinstance(f, ast.Name):
            helper = self._lookup(f.id)
            if helper is None and f.id in ("tr", "_tr") and any(f.id in s for s in self.scopes):
                self._add(None, node, _arg(node, 0, "text"), None, None)
            elif isinstance(helper, str) and helper != "translate":
                self._add(helper, node, _arg(node, 0, "text"), _arg(node, 1, "disambiguation"),
                          _arg(node, 2, "n"))
        self.generic_visit(node)


CATALOG_CONTEXT = "Catalog"


def catalog_pass(sources: Path) -> list[Found]:
    """The shown texts of the built-in catalog, with the line each first appears on.

    ``catalog/texts.py`` is loaded from ``sources`` itself (it imports nothing of the app),
    so ``--rev`` reads the catalog and its rules as committed.
    """
    data_file = sources / "catalog" / "catalog.json"
    spec = importlib.util.spec_from_file_location("_catalog_texts", sources / "catalog" / "texts.py")
    texts = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = texts          # dataclasses look their module up while loading
    try:
        spec.loader.exec_module(texts)
    finally:
        del sys.modules[spec.name]
    raw = data_file.read_text(encoding="utf-8")
    lines = raw.splitlines()
    found = []
    for text in texts.shown_texts(json.loads(raw)):
        quoted = json.dumps(text, ensure_ascii=False)
        line = next((i for i, row in enumerate(lines, 1) if quoted in row), 0)
        found.append(Found(CATALOG_CONTEXT, text, "", False, data_file, (line,)))
    return found


def python_pass(files: list[Path]) -> tuple[list[Found], list[str]]:
    found: list[Found] = []
    dynamic: list[str] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        v = _Visitor(path)
        for stmt in tree.body:                  # module helpers may be used above their def
            if isinstance(stmt, ast.FunctionDef) and _helper_context(stmt):
                v.scopes[0][stmt.name] = _helper_context(stmt)
            elif (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Lambda)
                  and _helper_context(stmt.value)):
                for t in stmt.targets:
                    if isinstance(t, ast.Name):
                        v.scopes[0][t.id] = _helper_context(stmt.value)
        v.visit(tree)
        found += v.found
        dynamic += v.dynamic
    return found, dynamic


# --- lupdate ---------------------------------------------------------------------------------
def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(files: list[Path], lang: str, work: Path) -> ET.Element:
    """lupdate's own reading of the sources, into a fresh .ts (translations live in Python)."""
    listing = work / "sources.lst"
    listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
    ts = work / f"lupdate_{lang}.ts"
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations",
                    "absolute", "-source-language", "en", "-target-language", lang,
                    f"@{listing}", "-ts", str(ts)], check=True)
    return ET.parse(ts).getroot()


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    locations: list[tuple[Path, int]]


def merge(found: list[Found], lupdate: ET.Element,
          ts_dir: Path) -> tuple[list[Message], list[str]]:
    """The messages to translate: the Python pass's (run-time contexts) plus anything lupdate
    found that the pass did not explain, which is kept in lupdate's context and reported."""
    messages: dict[tuple[str, str, str], Message] = {}

    def add(ctx: str, source: str, comment: str, numerus: bool, where: tuple[Path, int]):
        m = messages.setdefault((ctx, source, comment),
                                Message(ctx, source, comment, numerus, []))
        m.numerus |= numerus
        if where not in m.locations:
            m.locations.append(where)

    by_place: dict[tuple[Path, int], list[Found]] = {}
    for f in found:
        add(FALLBACK_CONTEXT if f.context is None else f.context, f.source, f.comment,
            f.numerus, (f.file, f.lines[0]))
        for line in f.lines:
            by_place.setdefault((f.file.resolve(), line), []).append(f)
    notes: list[str] = []
    for ctx_el in lupdate.iter("context"):
        ctx = ctx_el.findtext("name") or ""
        for m in ctx_el.iter("message"):
            source, comment = m.findtext("source") or "", m.findtext("comment") or ""
            places = [((ts_dir / loc.get("filename", "")).resolve(),
                       int(loc.get("line", "0"))) for loc in m.iter("location")]
            near = [f for p in places for f in by_place.get(p, [])]
            if any(f.source == source for f in near):
                continue                          # same literal: the pass has its context
            if any(f.context == source and f.source == comment for f in near):
                continue            # tr = translate; lupdate read tr(ctx, text) as (text, comment)
            where = places[0] if places else (ts_dir, 0)
            notes.append(f"kept from lupdate only: [{ctx}] {source!r} at "
                         f"{where[0].name}:{where[1]}")
            add(ctx, source, comment, m.get("numerus") == "yes", where)
    return sorted(messages.values(), key=lambda m: (m.context, m.source, m.comment)), notes


# --- translations ----------------------------------------------------------------------------
_FIELD = re.compile(r"\{[^{}]*\}")
_PERCENT = re.compile(r"%(?:n|L?\d+|s|d)")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Cmd|Meta|Esc|Escape|Enter|Return|Tab|Space|F\d+)"
                   r"(?:\+[\w,.]+)*")
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
_FILTER = re.compile(r"\([^()]*\*[^()]*\)")      # "(*.png *.jpg)": Qt parses these, ASCII only


def placeholders(text: str) -> dict[str, list[str]]:
    """What a translation must carry over unchanged (each list compared sorted)."""
    return {"fields": sorted(_FIELD.findall(text)),
            "percent": sorted(_PERCENT.findall(text)),
            "tags": sorted(t.lower() for t in _TAG.findall(text)),
            "keys": sorted(_KEYS.findall(text)),
            "filters": sorted(_FILTER.findall(text)) + ([";;"] * text.count(";;")),
            "mnemonic": [m.lower() for m in _MNEMONIC.findall(text)]}


def problems(source: str, translation: str) -> list[str]:
    out = []
    want, got = placeholders(source), placeholders(translation)
    for kind in want:
        if want[kind] != got[kind]:
            out.append(f"{kind}: source has {want[kind]}, translation has {got[kind]}")
    if source.rstrip().endswith("…") and not translation.rstrip().endswith("…"):
        out.append("the source ends with … (opens a dialog); the translation must too")
    return out


def load_table(lang: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    table = runpy.run_path(str(OUT_DIR / f"{lang}.py"))
    return table["TRANSLATIONS"], table.get("BY_CONTEXT", {})


def translate_all(messages: list[Message], lang: str) -> tuple[dict[int, str], list[str]]:
    """Translation per message index, and every missing or broken one (as a sentence)."""
    table, by_context = load_table(lang)
    done: dict[int, str] = {}
    errors: list[str] = []
    for i, m in enumerate(messages):
        text = by_context.get((m.context, m.source), table.get(m.source))
        if not text:
            errors.append(f"missing: [{m.context}] {m.source!r}")
            continue
        bad = problems(m.source, text)
        if bad:
            errors.append(f"[{m.context}] {m.source!r} -> {text!r}: " + "; ".join(bad))
            continue
        done[i] = text
    unused = set(table) - {m.source for m in messages}
    for source in sorted(unused):                # kept harmlessly; prune when convenient
        print(f"note: no longer used: {source!r}")
    return done, errors


# --- writing -----------------------------------------------------------------------------------
def with_fallback(messages: list[Message]) -> list[Message]:
    """Every source text once more in the fallback context (see the module docstring)."""
    seen = {(m.source, m.comment) for m in messages if m.context == FALLBACK_CONTEXT}
    extra = []
    for m in messages:
        if (m.source, m.comment) not in seen:
            seen.add((m.source, m.comment))
            extra.append(Message(FALLBACK_CONTEXT, m.source, m.comment, m.numerus, []))
    return sorted(messages + extra, key=lambda m: (m.context, m.source, m.comment))


def build_ts(messages: list[Message], done: dict[int, str], lang: str, src_root: Path) -> bytes:
    """The .ts text; locations are written as seen from resources/translations/ in the repo
    (``src_root`` holds the sources that were read: the checkout or a git export)."""
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for i, m in enumerate(messages):
        ctx_el = contexts.get(m.context)
        if ctx_el is None:
            ctx_el = contexts[m.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx_el, "name").text = m.context
        msg = ET.SubElement(ctx_el, "message", {"numerus": "yes"} if m.numerus else {})
        for path, line in m.locations:
            rel = "../../" + path.resolve().relative_to(src_root.resolve()).as_posix()
            ET.SubElement(msg, "location", filename=rel, line=str(line))
        ET.SubElement(msg, "source").text = m.source
        if m.comment:
            ET.SubElement(msg, "comment").text = m.comment
        tr = ET.SubElement(msg, "translation")
        text = done.get(i)
        if text is None:
            tr.set("type", "unfinished")
        elif m.numerus:
            ET.SubElement(tr, "numerusform").text = text    # Chinese has one plural form
        else:
            tr.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode()


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts),
                    "-qm", str(qm)], check=True)


def ts_content(text: bytes) -> set[tuple]:
    """What a .ts says, without where: (context, source, comment, numerus, translation …)."""
    out = set()
    for ctx in ET.fromstring(text).iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            out.add((ctx.findtext("name") or "", m.findtext("source"), m.findtext("comment"),
                     m.get("numerus"), tr.get("type"),
                     tuple(f.text for f in tr.iter("numerusform")) or tr.text))
    return out


def update(lang: str, *, check: bool, sources: Path = SOURCES) -> int:
    files = source_files(sources)
    found, dynamic = python_pass(files)
    found += catalog_pass(sources)
    with tempfile.TemporaryDirectory() as tmp:
        messages, notes = merge(found, run_lupdate(files, lang, Path(tmp)), Path(tmp))
    for line in notes + [f"not a literal (translate it where it is defined): {d}"
                         for d in dynamic]:
        print("note:", line)
    messages = with_fallback(messages)
    done, errors = translate_all(messages, lang)
    ts_path = OUT_DIR / f"{APP_NAME}_{lang}.ts"
    qm_path = ts_path.with_suffix(".qm")
    text = build_ts(messages, done, lang, sources.parent)
    unique = len({(m.source, m.comment) for m in messages})
    print(f"{lang}: {unique} source texts, {len(messages)} messages in "
          f"{len({m.context for m in messages})} contexts, {len(done)} translated")
    for e in errors:
        print("error:", e)
    if check:
        # Line numbers move with every edit; only the messages and their translations count.
        old = ts_content(ts_path.read_bytes()) if ts_path.exists() else set()
        new = ts_content(text)
        for row in sorted(new - old, key=str):
            print("not in the committed .ts:", row[:3])
        for row in sorted(old - new, key=str):
            print("no longer in the sources:", row[:3])
        if old != new:
            print(f"{ts_path.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 1 if errors else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    ts_path.write_bytes(text)
    run_lrelease(ts_path, qm_path)
    print(f"wrote {ts_path.relative_to(ROOT)} and {qm_path.relative_to(ROOT)} "
          f"({qm_path.stat().st_size // 1024} KB)")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 if a .ts is out of date or incomplete")
    p.add_argument("--rev", metavar="REV",
                   help="read the sources as committed at REV (e.g. HEAD) instead of the "
                        "working tree, so uncommitted work elsewhere does not leak in")
    args = p.parse_args(argv)
    if not args.rev:
        return max(update(lang, check=args.check) for lang in LANGUAGES)
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev, SOURCES.name],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        return max(update(lang, check=args.check, sources=Path(tmp) / SOURCES.name)
                   for lang in LANGUAGES)


if __name__ == "__main__":
    raise SystemExit(main())
