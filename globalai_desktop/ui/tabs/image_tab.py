"""Image tab (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ImageTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("imageTab")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Image is coming soon."), self))

    async def shutdown(self) -> None:
        """Cancel and await this tab's running jobs (called once at quit)."""
