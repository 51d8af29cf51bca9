"""A generation form built from the model catalog, for any image or video family.

Contract (used by the Image and the Video tab):

- ``CatalogForm(families, parent)`` offers every non-legacy model of ``families`` in one
  model drop-down grouped by family, and for the chosen model exactly the fields
  ``family.fields_for(model)`` returns — nothing a model does not take is ever shown.
- Mutually exclusive inputs (``family.exclusive_groups_for(model)``) are shown as a mode
  selector: only the fields of the chosen side are visible and sent; the group's message
  explains the choice in a tooltip and a hint line.
- ``params()`` returns the visible, filled-in values keyed by logical field name (what
  ``family.validate`` / ``build_body`` / ``TaskService.submit`` take).  Values typed into a
  field survive switching model or mode, whenever the new model takes that field.
- Validation runs on every edit via ``family.validate``; problems are listed under the
  form in the catalog's own words (names the field, lists the allowed values), in the
  interface language like every other catalog text (:mod:`.catalog_text`).  A missing
  required field is only listed after :meth:`reveal_issues` (a fresh form is not a scold).
  ``validity_changed(bool)`` tracks whether the current values could be sent.
- ``set_params(family_id, model, params)`` refills the form ("reuse prompt and settings");
  ``add_reference_url(url)`` appends to the reference list of the current model if it has
  room (switching to the references mode when needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QStyle,
    QToolButton, QVBoxLayout, QWidget)

from globalai_desktop.ui.widgets.catalog_fields import (
    ChoiceEditor, FieldEditor, NumberEditor, TextEditor, UrlListEditor, make_editor)
from globalai_desktop.ui.widgets.catalog_text import (
    catalog_tr, help_text, issue_text, name_tr)

REFERENCE_HINTS = ("reference_image", "image_urls", "input_reference", "reference")


class CatalogForm(QWidget):
    changed = Signal()                    # any value, mode or model changed
    validity_changed = Signal(bool)       # True when the values could be sent as they are
    model_changed = Signal(str, str)      # family id, model id

    def __init__(self, families: Sequence[Any], parent: QWidget | None = None, *,
                 hide_legacy: bool = True, show_notes: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("catalogForm")
        self.setAccessibleName(self.tr("Generation settings"))
        self.families = {f.id: f for f in families}
        self._hide_legacy = hide_legacy
        self._values: dict[str, Any] = {}       # logical name → last value the user set
        self._modes: dict[str, int] = {}        # exclusive group → chosen side
        self._editors: dict[str, FieldEditor] = {}
        self._labels: dict[str, QLabel] = {}    # labels on their own row, by field name
        self._mode_groups: list[tuple[Any, QButtonGroup, QWidget]] = []
        self._reveal = False
        self._valid: bool | None = None
        self._family_id = ""
        self._model_id = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("modelCombo")
        self.model_combo.setAccessibleName(self.tr("Model"))
        self.model_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self._fill_models()
        self.model_combo.currentIndexChanged.connect(self._on_model_picked)
        top.addRow(self.tr("&Model"), self.model_combo)
        outer.addLayout(top)
        self.model_note = QLabel(self)
        self.model_note.setObjectName("modelNote")
        self.model_note.setWordWrap(True)
        self.model_note.setEnabled(False)     # the palette's muted text colour
        outer.addWidget(self.model_note)

        self.fields_box = QWidget(self)
        self.fields_box.setObjectName("fieldsBox")
        self.fields_layout = QFormLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields_layout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        outer.addWidget(self.fields_box)

        self.family_note = QLabel(self)
        self.family_note.setObjectName("familyNote")
        self.family_note.setWordWrap(True)
        self.family_note.setEnabled(False)
        self.family_note.setVisible(show_notes)
        self._show_notes = show_notes
        outer.addWidget(self.family_note)

        issues_row = QHBoxLayout()
        self.issues_icon = QLabel(self)
        icon = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        self.issues_icon.setPixmap(icon.pixmap(16, 16))
        self.issues_icon.setAlignment(Qt.AlignTop)
        self.issues_label = QLabel(self)
        self.issues_label.setObjectName("validationMessage")
        self.issues_label.setAccessibleName(self.tr("Problems with these settings"))
        self.issues_label.setWordWrap(True)
        self.issues_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        issues_row.addWidget(self.issues_icon)
        issues_row.addWidget(self.issues_label, 1)
        outer.addLayout(issues_row)
        outer.addStretch(1)         # spare height goes below the form, not between rows
        self._on_model_picked()

    # --- public API ---------------------------------------------------------------------------
    def family(self) -> Any:
        return self.families[self._family_id]

    def family_id(self) -> str:
        return self._family_id

    def model_id(self) -> str:
        return self._model_id

    def editor(self, name: str) -> FieldEditor | None:
        return self._editors.get(name)

    def visible_fields(self) -> list[Any]:
        return [e.spec for e in self._editors.values() if self._is_active(e.spec.name)]

    def set_model(self, model_id: str, family_id: str | None = None) -> bool:
        """Select a model (optionally of a given family); False if the form has no such model."""
        for i in range(self.model_combo.count()):
            data = self.model_combo.itemData(i)
            if data and data[1] == model_id and (family_id is None or data[0] == family_id):
                self.model_combo.setCurrentIndex(i)
                return True
        return False

    def prompt(self) -> str:
        editor = self._editors.get("prompt")
        return editor.text() if isinstance(editor, TextEditor) else ""

    def params(self) -> dict[str, Any]:
        """Visible, non-empty values by logical field name."""
        out = {}
        for name, editor in self._editors.items():
            if not self._is_active(name):
                continue
            value = editor.value()
            if value is not None and value != [] and value != "":
                out[name] = value
        return out

    def set_params(self, family_id: str, model: str, params: dict[str, Any]) -> bool:
        """Fill the form from stored settings; False if that model is not offered any more."""
        if not self.set_model(model, family_id):
            return False
        self._values.update(params)
        for name, editor in self._editors.items():
            editor.set_value(params.get(name, editor.spec.default))
        for group, buttons, _box in self._mode_groups:   # show the side that holds values
            for side, members in enumerate(group.members):
                if any(params.get(m) not in (None, "", []) for m in members):
                    buttons.button(side).setChecked(True)
                    self._modes[group.name] = side
                    break
        self._apply_visibility()
        self._edited()
        return True

    def set_value(self, name: str, value: Any) -> bool:
        editor = self._editors.get(name)
        if editor is None:
            return False
        self._activate(name)
        editor.set_value(value)
        self._edited()
        return True

    def add_reference_url(self, url: str) -> bool:
        """Add ``url`` to the current model's reference-image list; False if none or full."""
        lists = [e for e in self._editors.values() if isinstance(e, UrlListEditor)]
        lists.sort(key=lambda e: (not any(h in e.spec.name for h in REFERENCE_HINTS),
                                  not self._is_active(e.spec.name)))
        for editor in lists:
            if not editor.is_full():
                self._activate(editor.spec.name)
                return editor.add_url(url)
        return False

    def issues(self) -> list[Any]:
        """Every problem ``family.validate`` finds with the current values."""
        return list(self.family().validate(self._model_id, self.params()))

    def _shown(self, found: list[Any]) -> list[Any]:
        """The problems worth showing now: a required field still empty is only listed
        once the user has tried to send (a fresh form is not a scold)."""
        if self._reveal:
            return found
        params = self.params()
        return [i for i in found
                if not ((e := self._editors.get(i.field)) is not None and e.spec.required
                        and i.field not in params)]

    def is_valid(self) -> bool:
        return not self.issues()

    def reveal_issues(self) -> bool:
        """List every problem, missing required fields included; returns is_valid()."""
        self._reveal = True
        self._refresh_issues()
        return self.is_valid()

    # --- building ---------------------------------------------------------------------------
    def _fill_models(self) -> None:
        model = self.model_combo.model()
        bold = QFont(self.font())
        bold.setBold(True)
        for family in self.families.values():
            models = [m for m in family.models if not (self._hide_legacy and m.legacy)]
            if not models:
                continue
            if len(self.families) > 1:
                self.model_combo.addItem(name_tr(family.label), None)
                header = model.item(self.model_combo.count() - 1) \
                    if isinstance(model, QStandardItemModel) else None
                if header is not None:
                    header.setEnabled(False)
                    header.setFont(bold)
            for m in models:
                indent = "    " if len(self.families) > 1 else ""
                self.model_combo.addItem(f"{indent}{name_tr(m.label)}", (family.id, m.id))
                if m.note:
                    self.model_combo.setItemData(self.model_combo.count() - 1, catalog_tr(m.note),
                                                 Qt.ToolTipRole)
        for i in range(self.model_combo.count()):
            if self.model_combo.itemData(i):
                self.model_combo.setCurrentIndex(i)
                break

    def _on_model_picked(self, *_: Any) -> None:
        data = self.model_combo.currentData()
        if not data:
            return
        family_id, model_id = data
        if (family_id, model_id) == (self._family_id, self._model_id):
            return
        self._remember_values()
        self._family_id, self._model_id = family_id, model_id
        self._rebuild()
        self.model_changed.emit(family_id, model_id)
        self._edited()

    def _remember_values(self) -> None:
        for name, editor in self._editors.items():
            self._values[name] = editor.value()

    def _rebuild(self) -> None:
        focus_name = next((n for n, e in self._editors.items() if e.isAncestorOf(self.focusWidget())),
                          None) if self.focusWidget() else None
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self._editors.clear()
        self._labels.clear()
        self._mode_groups.clear()
        family = self.family()
        specs = list(family.fields_for(self._model_id))
        names = {s.name for s in specs}
        selectors: dict[str, Any] = {}      # first member field → group whose selector goes there
        for group in family.exclusive_groups_for(self._model_id):
            sides = [tuple(m for m in side if m in names) for side in group.members]
            if sum(1 for side in sides if side) >= 2:
                first = next(s.name for s in specs if any(s.name in side for side in sides))
                selectors.setdefault(first, group)
        for spec in specs:
            if spec.name in selectors:
                self._add_mode_selector(selectors[spec.name], specs)
            editor = make_editor(spec, self.fields_box)
            self._restore(editor)
            editor.changed.connect(self._edited)
            self._editors[spec.name] = editor
            if spec.kind == "bool" and not isinstance(editor, ChoiceEditor):
                self.fields_layout.addRow(editor)
                continue
            label = QLabel(self._label_text(spec), self.fields_box)
            label.setBuddy(editor)
            label.setToolTip(help_text(spec))
            if spec.multiline:      # a prompt: full width, label above
                self.fields_layout.addRow(label)
                self.fields_layout.addRow(editor)
                self._labels[spec.name] = label
            else:
                self.fields_layout.addRow(label, editor)
            if spec.name == "prompt" and isinstance(editor, TextEditor):
                editor.set_placeholder(self.tr("Describe what you want to see…"))
        self._apply_visibility()
        self._update_notes()
        if focus_name in self._editors:
            self._editors[focus_name].setFocus()

    def _label_text(self, spec: Any) -> str:
        label = catalog_tr(spec.label)
        return self.tr("{label} *").format(label=label) if spec.required else label

    def _restore(self, editor: FieldEditor) -> None:
        name = editor.spec.name
        if name not in self._values:
            return
        value = self._values[name]
        if isinstance(editor, ChoiceEditor) and value is not None and not editor.allows(value):
            return          # the new model does not offer it: keep the model's default
        if isinstance(editor, NumberEditor) and value is not None:
            lo, hi = editor.spec.minimum, editor.spec.maximum
            if (lo is not None and value < lo) or (hi is not None and value > hi):
                return
        # A reference list longer than the new model allows is kept whole: the validation
        # message says so and the user chooses what to drop.
        editor.set_value(value)

    def _add_mode_selector(self, group: Any, specs: list[Any]) -> None:
        by_name = {s.name: s for s in specs}
        box = QWidget(self.fields_box)
        box.setObjectName(f"mode_{group.name}")
        box.setAccessibleName(self.tr("Input mode"))
        box.setToolTip(catalog_tr(group.message))
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        buttons = QButtonGroup(box)
        buttons.setExclusive(True)
        chosen = self._modes.get(group.name, self._default_side(group, by_name))
        for side, members in enumerate(group.members):
            present = [by_name[m] for m in members if m in by_name]
            if not present:
                continue
            button = QToolButton(box)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setText(self._side_label(present))
            button.setObjectName(f"mode_{group.name}_{side}")
            button.setAccessibleName(button.text())
            button.setToolTip(catalog_tr(group.message))
            buttons.addButton(button, side)
            lay.addWidget(button)
            if side == chosen:
                button.setChecked(True)
        if buttons.checkedButton() is None and buttons.buttons():
            buttons.buttons()[0].setChecked(True)
        self._modes[group.name] = buttons.checkedId()
        lay.addStretch(1)
        # idClicked, not idToggled: PySide mishandles the bool argument of idToggled
        # (a reference-count bug that crashes the interpreter after many toggles).
        buttons.idClicked.connect(lambda side, g=group: self._on_mode(g, side))
        has_modes = any(by_name[m].mode for side in group.members for m in side if m in by_name)
        self.fields_layout.addRow(self.tr("Input mode") if has_modes else self.tr("Choose"), box)
        self._mode_groups.append((group, buttons, box))

    def _default_side(self, group: Any, by_name: dict[str, Any]) -> int:
        for side, members in enumerate(group.members):
            if any(self._values.get(m) not in (None, "", []) for m in members):
                return side
        for side, members in enumerate(group.members):
            if any(by_name.get(m) is not None and by_name[m].default not in (None, "", [])
                   for m in members):
                return side
        return 0

    def _side_label(self, specs: list[Any]) -> str:
        modes = {s.mode for s in specs}
        names = {"frames": self.tr("First / last frame"), "references": self.tr("References"),
                 "video": self.tr("Video"), "text": self.tr("Text only")}
        if len(modes) == 1 and None not in modes and next(iter(modes)) in names:
            return names[next(iter(modes))]
        return " + ".join(catalog_tr(s.label) for s in specs)

    def _on_mode(self, group: Any, side: int) -> None:
        self._modes[group.name] = side
        self._apply_visibility()
        self._edited()

    def _activate(self, name: str) -> None:
        """Switch every mode selector so that field ``name`` is shown."""
        for group, buttons, _box in self._mode_groups:
            for side, members in enumerate(group.members):
                if name in members and self._modes.get(group.name) != side:
                    buttons.button(side).setChecked(True)
                    self._modes[group.name] = side
        self._apply_visibility()

    def _is_active(self, name: str) -> bool:
        for group, _buttons, _box in self._mode_groups:
            for side, members in enumerate(group.members):
                if name in members and self._modes.get(group.name) != side:
                    return False
        return True

    def _apply_visibility(self) -> None:
        for name, editor in self._editors.items():
            active = self._is_active(name)
            self.fields_layout.setRowVisible(editor, active)
            if name in self._labels:        # a label on its own row (multiline fields)
                self.fields_layout.setRowVisible(self._labels[name], active)

    def _update_notes(self) -> None:
        family = self.family()
        model = family.model(self._model_id)
        self.model_note.setText(catalog_tr(model.note) if model.note else "")
        self.model_note.setVisible(bool(model.note))
        parts = []
        if getattr(family, "typical_wait", ""):
            parts.append(self.tr("Typical wait: {wait}.").format(
                wait=catalog_tr(family.typical_wait)))
        cost = getattr(model, "cost_note", "") or getattr(family, "cost_note", "")
        if cost:
            parts.append(catalog_tr(cost))
        if getattr(family, "note", ""):
            parts.append(catalog_tr(family.note))
        self.family_note.setText("\n".join(parts))
        self.family_note.setVisible(self._show_notes and bool(parts))

    # --- validation ---------------------------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        self._refresh_issues()
        self.changed.emit()

    def _refresh_issues(self) -> None:
        found = self.issues()
        shown = self._shown(found)
        text = "\n".join(f"• {issue_text(i)}" for i in shown)
        self.issues_label.setText(text)
        self.issues_label.setVisible(bool(shown))
        self.issues_icon.setVisible(bool(shown))
        valid = not found
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
