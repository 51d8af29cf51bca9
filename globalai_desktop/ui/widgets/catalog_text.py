"""The model catalog's words in the interface language.

The catalog is Qt-free and speaks English; this module is where the interface translates
it, in the Qt context ``"Catalog"`` (filled by ``packaging/update_translations.py`` from
``catalog.json`` and the validation templates of ``catalog/checks.py``).  A text the
translations do not know — an administrator's extra catalog file — is shown as written.

Contract::

    catalog_tr(spec.help)            # any shown catalog text
    name_tr(model.label)             # a family/model label: product names stay as they are
    issue_text(issue)                # a ValidationIssue as a sentence in the interface language
    choice_text(spec, value)         # "4 seconds" / "Adaptive" / "16:9" for a field's value
    setting_text(spec, value)        # a stored setting as the history shows it
    help_text(spec)                  # tooltip: the field's help and note
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from globalai_desktop.catalog.texts import is_descriptive_label, render


def catalog_tr(text: str) -> str:
    """A shown catalog text (label, help, note, cost …) in the interface language."""
    return QCoreApplication.translate("Catalog", text)


def name_tr(label: str) -> str:
    """A family or model label: translated when descriptive ("VEO 3.1 Pro (stable)")."""
    return catalog_tr(label) if label and is_descriptive_label(label) else (label or "")


def issue_text(issue: Any) -> str:
    """A validation problem in the interface language (English ``message`` as a fallback)."""
    phrase = getattr(issue, "phrase", None)
    return render(phrase, catalog_tr) if phrase is not None else str(issue.message)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def with_unit(value: Any, unit: str | None) -> str:
    """``4`` with unit ``seconds`` → "4 seconds" in the interface language."""
    if not unit:
        return _number(value)
    return QCoreApplication.translate("Catalog", "{value} {unit}").format(
        value=_number(value), unit=catalog_tr(unit))


def choice_text(spec: Any, value: Any) -> str:
    """How a form names one value of ``spec``: its catalog label, or the value (with unit)."""
    label = spec.choice_label(value) if hasattr(spec, "choice_label") else None
    return catalog_tr(label) if label else with_unit(value, getattr(spec, "unit", None))


def on_off(value: bool) -> str:
    return (QCoreApplication.translate("FieldEditor", "On") if value
            else QCoreApplication.translate("FieldEditor", "Off"))


def setting_text(spec: Any, value: Any) -> str:
    """A stored setting for a person to read ("7 seconds", "On", "Original sound", links)."""
    if isinstance(value, bool):
        return on_off(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if spec is None:
        return str(value)
    if spec.kind in ("choice", "int", "number"):
        return choice_text(spec, value)
    return str(value)


def help_text(spec: Any) -> str:
    """A field's tooltip: its help, then its note, each in the interface language."""
    return "\n".join(catalog_tr(t) for t in (spec.help, getattr(spec, "note", "")) if t)
