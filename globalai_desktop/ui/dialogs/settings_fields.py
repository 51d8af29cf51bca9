"""Editors generated from the settings schema (storage/settings.py).

``make_field(spec, parent, models)`` returns a ``SettingField``: the editor widget for the
spec's type, a description line and an error line.  ``value()`` / ``set_value()`` read
and write the editor; ``check()`` returns the coerced value or raises ValueError with the
schema's sentence, which ``show_error`` puts under the field.  ``freeze(note)`` makes the
field read-only with a note saying who set it (administrator, environment, command line).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from globalai_desktop.storage.settings import SettingSpec, coerce
from globalai_desktop.ui.theme import status_color


def tr(text: str) -> str:
    """Schema strings are marked for the "Settings" context (QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("Settings", text)


def object_name(key: str) -> str:
    """"network.proxy_url" → "setting_network_proxy_url" (stable, for tests and a11y)."""
    return "setting_" + key.replace(".", "_")


class SettingField(QWidget):
    edited = Signal()

    def __init__(self, spec: SettingSpec, parent: QWidget,
                 models: dict[str, list[tuple[str, str]]] | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(object_name(spec.key) + "_field")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.editor = self._make_editor(models or {})
        self.editor.setObjectName(object_name(spec.key))
        self.editor.setAccessibleName(tr(spec.label))
        if spec.description:
            self.editor.setAccessibleDescription(tr(spec.description))
            self.editor.setToolTip(tr(spec.description))
        row.addWidget(self.editor, 1)
        self.browse: QPushButton | None = None
        if spec.type in ("file", "dir"):
            self.browse = QPushButton(self.tr("Browse…"), self)
            self.browse.setObjectName(object_name(spec.key) + "_browse")
            self.browse.setAccessibleName(self.tr("Browse for %s") % tr(spec.label))
            self.browse.clicked.connect(self._browse)
            row.addWidget(self.browse)
        col.addLayout(row)
        self.note = QLabel(self)
        self.note.setObjectName(object_name(spec.key) + "_note")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        text = tr(spec.description) if spec.description and spec.type != "bool" else ""
        if spec.restart:
            later = self.tr("Takes effect the next time the app starts.")
            # Joined by a translatable pattern: Chinese sentences follow each other unspaced.
            text = self.tr("{text} {note}").format(text=text, note=later) if text else later
        self.note.setText(text)
        self.note.setVisible(bool(text))
        col.addWidget(self.note)
        self.error = QLabel(self)
        self.error.setObjectName(object_name(spec.key) + "_error")
        self.error.setWordWrap(True)
        pal = self.error.palette()
        pal.setColor(QPalette.ColorRole.WindowText, status_color("error"))
        self.error.setPalette(pal)
        self.error.hide()
        col.addWidget(self.error)
        self.frozen = False

    # --- editors ----------------------------------------------------------------------
    def _make_editor(self, models: dict[str, list[tuple[str, str]]]) -> QWidget:
        spec = self.spec
        if spec.type == "bool":
            w = QCheckBox(tr(spec.label), self)
            w.toggled.connect(self.edited)
            return w
        if spec.type in ("int", "float"):
            w = QSpinBox(self) if spec.type == "int" else QDoubleSpinBox(self)
            if spec.type == "float":
                w.setDecimals(0 if float(spec.default).is_integer() else 1)
            w.setRange(spec.minimum if spec.minimum is not None else 0,
                       spec.maximum if spec.maximum is not None else 10**6)
            w.valueChanged.connect(self.edited)
            return w
        if spec.type in ("choice", "model"):
            w = QComboBox(self)
            if spec.type == "choice":
                for value, label in spec.choices:
                    w.addItem(tr(label), value)
            else:
                w.addItem(self.tr("Catalog default"), "")
                for value, label in models.get(spec.model_kind or "", []):
                    w.addItem(label if label == value else f"{label}  ({value})", value)
            w.currentIndexChanged.connect(self.edited)
            return w
        w = QLineEdit(self)
        w.setClearButtonEnabled(True)
        placeholder = spec.placeholder or (str(spec.default) if spec.default else "")
        if spec.type == "dir" and not placeholder:
            from globalai_desktop import paths
            placeholder = str(paths.default_media_dir())
        w.setPlaceholderText(placeholder)
        w.textChanged.connect(self.edited)
        return w

    def value(self) -> Any:
        w = self.editor
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        return w.text()

    def set_value(self, value: Any) -> None:
        w = self.editor
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.setValue(value)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            if i < 0 and value:                  # a model the catalog does not list (yet)
                w.addItem(str(value), value)
                i = w.count() - 1
            w.setCurrentIndex(max(i, 0))
        else:
            w.setText("" if value is None else str(value))
        self.show_error("")

    def check(self) -> Any:
        try:
            value = coerce(self.spec, self.value())
        except ValueError as e:
            self.show_error(str(e))
            raise
        self.show_error("")
        return value

    def show_error(self, text: str) -> None:
        self.error.setText(self.tr("%s: %s") % (tr(self.spec.label), text) if text else "")
        self.error.setVisible(bool(text))

    def freeze(self, note: str) -> None:
        """Read-only with a note: the value comes from a layer the dialog cannot change."""
        self.frozen = True
        self.editor.setEnabled(False)
        if self.browse is not None:
            self.browse.setEnabled(False)
        self.note.setText(note)
        self.note.setVisible(True)

    def set_active(self, active: bool) -> None:
        """Enable or grey out an editor that only matters in some cases (proxy address)."""
        if not self.frozen:
            self.editor.setEnabled(active)

    def _browse(self) -> None:
        # open() instead of a static getter: no nested event loop under qasync.
        dialog = QFileDialog(self, tr(self.spec.label))
        dialog.setObjectName(object_name(self.spec.key) + "_dialog")
        if self.spec.type == "dir":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilters([self.tr("Certificates and catalogs (*.pem *.crt *.json)"),
                                   self.tr("All files (*)")])
        current = str(self.value() or "")
        if current:
            dialog.setDirectory(current if self.spec.type == "dir" else
                                current.rsplit("/", 1)[0])
        dialog.fileSelected.connect(lambda path: self.set_value(path))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
