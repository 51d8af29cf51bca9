"""Model picker: the catalog's text models grouped under GPT, Claude and Gemini headers.

Each entry's tooltip explains its suffix variant (``-official``, ``-hc``, ``-fd``, ``-low``)
from the catalog's ``variant_note``.  A model id the catalog does not know (an imported
conversation, an administrator's custom name) is still shown, under "Other", so the
conversation keeps its model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FAMILIES = (("gpt", "GPT"), ("claude", "Claude"), ("gemini", "Gemini"))


class ModelPicker(QComboBox):
    modelChosen = Signal(str)

    def __init__(self, catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatModelPicker")
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(self.tr("Model for this conversation"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaxVisibleItems(24)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._extra: QStandardItem | None = None
        self._build(list(getattr(catalog, "text_models", []) or []))
        self.activated.connect(self._on_activated)

    def _build(self, models) -> None:
        header_font = QFont(self.font())
        header_font.setBold(True)
        for fam, title in FAMILIES:
            group = [m for m in models if m.family == fam]
            if not group:
                continue
            head = QStandardItem(title)
            head.setFlags(Qt.ItemFlag.NoItemFlags)    # a header: not selectable
            head.setFont(header_font)
            self._model.appendRow(head)
            for m in group:
                it = QStandardItem("   " + m.label)
                it.setData(m.id, ID_ROLE)
                tip = m.id + (f" — {m.variant_note}" if m.variant_note else "")
                if getattr(m, "note", ""):
                    tip += f"\n{m.note}"
                it.setToolTip(tip)
                it.setData(tip, Qt.ItemDataRole.AccessibleDescriptionRole)
                self._model.appendRow(it)

    def model_ids(self) -> list[str]:
        return [self._model.item(r).data(ID_ROLE) for r in range(self._model.rowCount())
                if self._model.item(r).data(ID_ROLE)]

    def current_model(self) -> str:
        return self.currentData(ID_ROLE) or ""

    def set_model(self, model_id: str) -> None:
        """Select ``model_id`` without emitting ``modelChosen``."""
        for r in range(self._model.rowCount()):
            if self._model.item(r).data(ID_ROLE) == model_id:
                self.setCurrentIndex(r)
                self.setToolTip(self._model.item(r).toolTip())
                return
        if not model_id:
            return
        if self._extra is None:
            head = QStandardItem(self.tr("Other"))
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            self._model.appendRow(head)
            self._extra = QStandardItem()
            self._model.appendRow(self._extra)
        self._extra.setText("   " + model_id)
        self._extra.setData(model_id, ID_ROLE)
        self._extra.setToolTip(self.tr("{id} — not in the model catalog").format(id=model_id))
        self.setCurrentIndex(self._extra.row())

    def _on_activated(self, row: int) -> None:
        mid = self._model.item(row).data(ID_ROLE) if row >= 0 else None
        if mid:
            self.setToolTip(self._model.item(row).toolTip())
            self.modelChosen.emit(mid)
