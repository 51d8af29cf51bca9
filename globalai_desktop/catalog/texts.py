"""The catalog's words as people read them: which texts are shown, and sentences to translate.

Qt-free.  The interface translates in the Qt context :data:`CONTEXT` (``"Catalog"``);
``packaging/update_translations.py`` collects the same texts with :func:`shown_texts`
(from ``catalog.json``) and the sentence templates marked with :func:`QT_TRANSLATE_NOOP`
(in :mod:`.checks`).

What is shown (see the README): family, model and field ``note``; field ``label``, ``help``,
``unit``, ``choice_labels`` and ``special_values`` labels; ``typical_wait``; ``cost_note``;
exclusive-group and rule ``message``; and family/model ``label`` when it is descriptive
(:func:`is_descriptive_label`: "Happy Horse: text to video", "VEO 3.1 Pro (stable)"; a bare
product name such as "Seedance 2.0" is never translated).  ``maintainer_note`` is for the
people who keep the catalog and is never shown.

A validation sentence is a :class:`Phrase`: an English template with named placeholders plus
its arguments.  ``str(phrase)`` is the English sentence (the simulator's 400 messages, logs);
``render(phrase, tr)`` translates the template and every :class:`Shown` argument through
``tr`` *before* formatting, so a translation may put the placeholders in any order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Catalog"

# Keys whose string values are shown, by the kind of entry that holds them.
FAMILY_TEXT_KEYS = ("note", "typical_wait", "cost_note")
MODEL_TEXT_KEYS = ("note", "cost_note")
FIELD_TEXT_KEYS = ("label", "help", "note", "unit")
TEXT_FAMILY_KEYS = ("note",)

_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name on purpose
    """Marks ``text`` for the translation tools and returns it unchanged (no Qt needed)."""
    return text


def is_descriptive_label(label: str) -> bool:
    """True when a family/model label carries ordinary words worth translating.

    A product name alone ("Nano Banana Pro", "SD2 Manxue Video Fast 720p", "GPT Image 2 (R)")
    stays as it is in every language; a label with lower-case words ("Nano Banana 2
    (stable)", "Happy Horse: text to video") is translated whole.
    """
    return bool(_LOWER_WORD.search(label or ""))


class Shown(str):
    """A catalog text inside a :class:`Phrase` argument: translated before it is used."""

    __slots__ = ()


@dataclass(frozen=True)
class Phrase:
    """An English sentence template and its arguments (see the module docstring).

    Argument values: :class:`Shown` (translated), :class:`Phrase` (rendered the same way),
    a list or tuple (each item rendered, joined with the list separator), anything else
    (shown as ``str(value)``: model ids, numbers, links).
    """

    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self, lambda text: text)


LIST_SEPARATOR = QT_TRANSLATE_NOOP("Catalog", ", ")


def render(value: Any, tr: Callable[[str], str]) -> str:
    """``value`` as text, with every template and :class:`Shown` text passed through ``tr``."""
    if isinstance(value, Phrase):
        return tr(value.template).format(**{k: render(v, tr) for k, v in value.args.items()})
    if isinstance(value, Shown):
        return tr(str(value)) if value else ""
    if isinstance(value, (list, tuple)):
        return tr(LIST_SEPARATOR).join(render(v, tr) for v in value)
    return str(value)


# --- collecting the shown texts of a catalog file --------------------------------------------
def shown_texts(data: dict) -> list[str]:
    """Every shown text of one catalog file's data (its raw JSON), in file order, once each.

    Walks ``field_templates``, ``text.families``, ``text.models``/``text_models``,
    ``families`` (with their fields, groups, rules and models) and an extra file's
    ``models``; skips anything malformed (the loader reports that, not this).
    """
    out: dict[str, None] = {}

    def add(value: Any) -> None:
        if isinstance(value, str) and value.strip():
            out.setdefault(value, None)

    def add_label(value: Any) -> None:
        if isinstance(value, str) and is_descriptive_label(value):
            add(value)

    def field_texts(entry: Any) -> None:
        if not isinstance(entry, dict):
            return
        for key in FIELD_TEXT_KEYS:
            add(entry.get(key))
        for pairs in (entry.get("special_values"), entry.get("choice_labels")):
            for pair in pairs if isinstance(pairs, list) else ():
                if isinstance(pair, list) and len(pair) == 2:
                    add(pair[1])

    def constraint_texts(entries: Any) -> None:
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict):
                add(entry.get("message"))

    def model_texts(model: Any) -> None:
        if not isinstance(model, dict):
            return
        add_label(model.get("label"))
        for key in MODEL_TEXT_KEYS:
            add(model.get(key))
        overrides = model.get("fields")
        for entry in overrides.values() if isinstance(overrides, dict) else ():
            field_texts(entry)
        for entry in _list(model.get("add_fields")):
            field_texts(entry)
        constraint_texts(model.get("exclusive_groups"))
        constraint_texts(model.get("rules"))

    templates = data.get("field_templates")
    for entry in templates.values() if isinstance(templates, dict) else ():
        field_texts(entry)
    text = data.get("text") if isinstance(data.get("text"), dict) else {}
    families = text.get("families")
    for fam in families.values() if isinstance(families, dict) else ():
        if isinstance(fam, dict):
            for key in TEXT_FAMILY_KEYS:
                add(fam.get(key))
            notes = fam.get("variant_notes")
            for note in notes.values() if isinstance(notes, dict) else ():
                add(note)
    for entry in _list(text.get("models")) + _list(data.get("text_models")):
        if isinstance(entry, dict):
            add(entry.get("note"))
            add(entry.get("variant_note"))
    for fam in _list(data.get("families")):
        if not isinstance(fam, dict):
            continue
        add_label(fam.get("label"))
        for key in FAMILY_TEXT_KEYS:
            add(fam.get(key))
        for entry in _list(fam.get("fields")):
            field_texts(entry)
        constraint_texts(fam.get("exclusive_groups"))
        constraint_texts(fam.get("rules"))
        for model in _list(fam.get("models")):
            model_texts(model)
    for model in _list(data.get("models")):
        model_texts(model)
    return list(out)


def _list(value: Any) -> list:
    return list(value) if isinstance(value, list) else []

