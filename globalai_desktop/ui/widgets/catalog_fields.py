"""One editor widget per catalog field kind, for :mod:`.catalog_form`.

Every editor is a ``QWidget`` with ``changed`` (emitted on each user edit), ``value()``
(``None`` means "not set: the server's default applies") and ``set_value(v)``.  Editors
know their :class:`FieldSpec` (``spec``) and carry an objectName ``field_<name>`` and an
accessible name from the field's label.  Every catalog text an editor shows (label, help,
unit, choice names) is in the interface language (:mod:`.catalog_text`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QToolButton, QVBoxLayout, QWidget)

from globalai_desktop.ui.widgets.catalog_text import (
    catalog_tr, choice_text, help_text, on_off)

# An int field with at most this many allowed values is a drop-down (durations: 4–15 s…).
MAX_INT_CHOICES = 40


class FieldEditor(QWidget):
    changed = Signal()

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.label = catalog_tr(spec.label)         # the field's name as the person reads it
        self.setObjectName(f"field_{spec.name}")
        self.setAccessibleName(self.label)
        tip = help_text(spec)
        if tip:
            self.setToolTip(tip)

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _default_text(self) -> str:
        return self.tr("Model default")


class TextEditor(FieldEditor):
    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if spec.multiline:
            self.edit = QPlainTextEdit(self)
            self.edit.setTabChangesFocus(True)
            self.edit.setMinimumHeight(96)
            self.edit.setMaximumHeight(180)     # room for a paragraph; the form scrolls
            self.edit.textChanged.connect(self._edited)
        else:
            self.edit = QLineEdit(self)
            self.edit.textEdited.connect(self._edited)
        self.edit.setObjectName(f"field_{spec.name}_edit")
        self.edit.setAccessibleName(self.label)
        lay.addWidget(self.edit)
        self.counter = QLabel(self)
        self.counter.setObjectName(f"field_{spec.name}_counter")
        self.counter.setAlignment(Qt.AlignRight)
        self.counter.setEnabled(False)          # drawn in the palette's muted text colour
        self.counter.setVisible(bool(spec.max_chars))
        lay.addWidget(self.counter)
        self._update_counter()

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def value(self) -> Any:
        text = self.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            if isinstance(self.edit, QPlainTextEdit):
                self.edit.setPlainText(text)
            else:
                self.edit.setText(text)
        self._update_counter()

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def _edited(self, *_: Any) -> None:
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        if self.spec.max_chars:
            self.counter.setText(self.tr("{n} / {max} characters").format(
                n=len(self.text()), max=self.spec.max_chars))


class ChoiceEditor(FieldEditor):
    """Drop-down of allowed values (also used for small integer ranges and optional bools).

    Values stay in a Python list; the combo only holds their indexes (a Python ``bool``
    stored as item data is mishandled by some PySide builds).
    """

    def __init__(self, spec: Any, values: list[tuple[Any, str]], parent: QWidget | None = None,
                 *, optional: bool | None = None) -> None:
        super().__init__(spec, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field_{spec.name}_combo")
        self.combo.setAccessibleName(self.label)
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self._values: list[Any] = []
        if optional if optional is not None else (not spec.required and spec.default is None):
            self._values.append(None)
            self.combo.addItem(self._default_text())
        for value, label in values:
            self._values.append(value)
            self.combo.addItem(label)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.combo.activated.connect(lambda _i: self.changed.emit())
        self.set_value(spec.default)

    def value(self) -> Any:
        i = self.combo.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def set_value(self, value: Any) -> None:
        idx = self._index_of(value)
        if idx < 0:
            idx = self._index_of(self.spec.default)
        self.combo.setCurrentIndex(max(0, idx))

    def _index_of(self, value: Any) -> int:
        for i, data in enumerate(self._values):
            if type(data) is type(value) and data == value:
                return i
            if isinstance(data, str) and isinstance(value, str) and data.lower() == value.lower():
                return i
        return -1

    def allows(self, value: Any) -> bool:
        return self._index_of(value) >= 0


class NumberEditor(FieldEditor):
    """Spin box; one step below the minimum means "not set" when the field is optional."""

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        integer = spec.kind == "int"
        self.spin = QSpinBox(self) if integer else QDoubleSpinBox(self)
        self.spin.setObjectName(f"field_{spec.name}_spin")
        self.spin.setAccessibleName(self.label)
        lo = spec.minimum if spec.minimum is not None else (0 if integer else 0.0)
        hi = spec.maximum if spec.maximum is not None else 10**6
        self.optional = not spec.required and spec.default is None
        self._unset = (lo - 1) if self.optional else None
        self.spin.setRange(self._unset if self.optional else lo, hi)
        if not integer:
            self.spin.setDecimals(1)
        if self.optional:
            self.spin.setSpecialValueText(self._default_text())
        if spec.unit:
            self.spin.setSuffix(" " + catalog_tr(spec.unit))
        lay.addWidget(self.spin)
        lay.addStretch(1)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.set_value(spec.default)

    def value(self) -> Any:
        v = self.spin.value()
        if self.optional and v == self._unset:
            return None
        return int(v) if self.spec.kind == "int" else float(v)

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        try:
            if value is None:
                self.spin.setValue(self._unset if self.optional else self.spin.minimum())
            else:
                self.spin.setValue(value)
        finally:
            self.spin.blockSignals(False)


class BoolEditor(FieldEditor):
    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self.label, self)
        self.box.setObjectName(f"field_{spec.name}_check")
        self.box.setAccessibleName(self.label)
        lay.addWidget(self.box)
        self.box.toggled.connect(lambda _v: self.changed.emit())
        self.set_value(spec.default)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class UrlEditor(FieldEditor):
    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{spec.name}_edit")
        self.edit.setAccessibleName(self.label)
        self.edit.setClearButtonEnabled(True)
        show_placeholder(self.edit, url_placeholder(self, spec))
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        lay.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


def show_placeholder(edit: QLineEdit, text: str) -> None:
    """Set the hint and ask for room to show it whole: where the form is too narrow for
    label and field side by side, the form puts the field under its label instead of
    cutting the hint off (QFormLayout.WrapLongRows)."""
    edit.setPlaceholderText(text)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(text) + 24)


def url_placeholder(widget: QWidget, spec: Any) -> str:
    if spec.accepts_asset:
        return widget.tr("https://… or asset://ID")
    return widget.tr("https://… (a public link)")


class UrlListEditor(FieldEditor):
    """A short list of links with Add / Remove and a visible "n of max" count."""

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        add_row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{spec.name}_new")
        self.edit.setAccessibleName(self.tr("New link for {label}").format(label=self.label))
        show_placeholder(self.edit, url_placeholder(self, spec))
        self.edit.returnPressed.connect(self._add_typed)
        self.edit.textChanged.connect(lambda _t: self._sync())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName(f"field_{spec.name}_add")
        self.add_button.setAccessibleName(self.tr("Add link to {label}").format(label=self.label))
        self.add_button.clicked.connect(self._add_typed)
        add_row.addWidget(self.edit, 1)
        add_row.addWidget(self.add_button)
        lay.addLayout(add_row)
        self.list = QListWidget(self)
        self.list.setObjectName(f"field_{spec.name}_list")
        self.list.setAccessibleName(self.label)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Maximum)
        self.list.setMaximumHeight(84)
        self.list.setTextElideMode(Qt.ElideMiddle)
        lay.addWidget(self.list)
        foot = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"field_{spec.name}_count")
        self.count_label.setEnabled(False)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setObjectName(f"field_{spec.name}_remove")
        self.remove_button.setAccessibleName(self.tr("Remove selected links"))
        self.remove_button.clicked.connect(self._remove_selected)
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.remove_button)
        lay.addLayout(foot)
        self.list.itemSelectionChanged.connect(self._sync)
        self._sync()

    def urls(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def value(self) -> Any:
        return self.urls() or None

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for url in value or []:
            self.list.addItem(QListWidgetItem(str(url)))
        self._sync()

    def is_full(self) -> bool:
        return self.spec.max_items is not None and self.list.count() >= self.spec.max_items

    def add_url(self, url: str) -> bool:
        """Append ``url`` unless the list is full or already holds it."""
        url = url.strip()
        if not url or self.is_full() or url in self.urls():
            return False
        self.list.addItem(QListWidgetItem(url))
        self._sync()
        self.changed.emit()
        return True

    def _add_typed(self) -> None:
        if self.add_url(self.edit.text()):
            self.edit.clear()

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        n = self.list.count()
        self.list.setVisible(n > 0)
        self.remove_button.setVisible(n > 0)
        self.add_button.setEnabled(bool(self.edit.text().strip()) and not self.is_full())
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        if self.spec.max_items == 1:
            self.count_label.setText(self.tr("{n} of 1 link").format(n=n))
        elif self.spec.max_items is not None:
            self.count_label.setText(self.tr("{n} of {max} links").format(n=n, max=self.spec.max_items))
        else:
            self.count_label.setText(self.tr("{n} links").format(n=n) if n else "")


def make_editor(spec: Any, parent: QWidget | None = None) -> FieldEditor:
    """The right editor for ``spec.kind``."""
    if spec.kind == "choice":
        values = [(c, choice_text(spec, c)) for c in (spec.choices or ())]
        values += [(v, catalog_tr(label)) for v, label in spec.special_values]
        return ChoiceEditor(spec, values, parent)
    if spec.kind in ("int", "number"):
        lo, hi = spec.minimum, spec.maximum
        if (spec.kind == "int" and lo is not None and hi is not None
                and hi - lo < MAX_INT_CHOICES):
            values = [(v, choice_text(spec, v)) for v in range(int(lo), int(hi) + 1)]
            values += [(v, catalog_tr(label)) for v, label in spec.special_values]
            return ChoiceEditor(spec, values, parent)
        return NumberEditor(spec, parent)
    if spec.kind == "bool":
        if spec.default is None and not spec.required:
            return ChoiceEditor(spec, [(True, on_off(True)), (False, on_off(False))], parent,
                                optional=True)
        return BoolEditor(spec, parent)
    if spec.kind == "url":
        return UrlEditor(spec, parent)
    if spec.kind == "url_list":
        return UrlListEditor(spec, parent)
    return TextEditor(spec, parent)
