"""The asset manager: register reference media and follow its review.

Contract:
- ``AssetsPanel(registry, errors)`` where ``registry`` is a
  :class:`~globalai_desktop.services.assets.AssetRegistry` and ``errors`` the app's
  ErrorSink.  Two ways in: one URL into the Seedance 2.0 library (type + optional name),
  or a batch of links for SD2 Manxue (one per line; type from the extension or chosen).
- The table lists every registered asset with its library, type, review status (in
  words and colour), id and source link; actions: Refresh status, Delete (confirmed;
  Seedance 2.0 deletes on the server, SD2 Manxue only forgets it here), Copy reference.
- ``use_requested(asset_id)`` asks the tab to put ``asset://id`` into the form.
- Typed links are never lost: a failed registration keeps them in the boxes.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from globalai_desktop.api.errors import (
    AuthenticationError, GlobalAIError, InsufficientBalanceError, PermissionDeniedError,
)
from globalai_desktop.services.assets import (
    ASSET_TYPES, KYY, SD2, AssetRecord, guess_asset_type,
)

from globalai_desktop.ui.widgets.time_text import when_text

from . import task_words

_DIALOG_ERRORS = (AuthenticationError, PermissionDeniedError, InsufficientBalanceError)
COLUMNS = ("name", "library", "type", "status", "id", "url")


def _status_tone(rec: AssetRecord) -> str:
    if rec.active:
        return "ok"
    if rec.failed:
        return "error"
    return "info"


class AssetsPanel(QWidget):
    use_requested = Signal(str)          # asset id

    def __init__(self, registry: Any, errors: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoAssetsPanel")
        self.setAccessibleName(self.tr("Reference assets"))
        self.registry = registry
        self.errors = errors
        self._jobs: set[asyncio.Task] = set()
        self._items: dict[str, QTreeWidgetItem] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        intro = QLabel(self.tr(
            "Faces and avatars must be registered and approved before Seedance 2.0 or "
            "SD2 Manxue may use them. Give a public link; the server fetches the file."), self)
        intro.setObjectName("videoAssetsIntro")
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(intro)

        forms = QHBoxLayout()
        forms.setSpacing(8)
        forms.addWidget(self._build_kyy_box(), 1)
        forms.addWidget(self._build_sd2_box(), 1)
        outer.addLayout(forms)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("videoAssetsStatus")
        self.status_label.setAccessibleName(self.tr("Asset status message"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status_label)

        self.table = QTreeWidget(self)
        self.table.setObjectName("videoAssetsTable")
        self.table.setAccessibleName(self.tr("Registered assets"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Library"), self.tr("Type"),
                                    self.tr("Review"), self.tr("Asset id"), self.tr("Link")])
        header = self.table.header()
        header.setObjectName("videoAssetsTableHeader")
        header.setAccessibleName(self.tr("Asset table columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self._use())
        outer.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.refresh_button = self._push("videoAssetsRefresh", self.tr("Refresh status"),
                                         self.tr("Ask the server for the review status now"),
                                         self._refresh)
        self.use_button = self._push("videoAssetsUse", self.tr("Use in form"),
                                     self.tr("Put this approved asset into the video form"),
                                     self._use)
        self.copy_button = self._push("videoAssetsCopy", self.tr("Copy reference"),
                                      self.tr("Copy asset://ID to the clipboard"), self._copy)
        self.delete_button = self._push("videoAssetsDelete", self.tr("Delete…"),
                                        self.tr("Delete the selected assets"), self._delete)
        for b in (self.refresh_button, self.use_button, self.copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        outer.addLayout(buttons)

        registry.changed.connect(self._upsert)
        registry.removed.connect(self._removed)
        for rec in reversed(registry.list()):
            self._upsert(rec)
        self._sync_buttons()

    # ---- building ------------------------------------------------------------------

    def _push(self, name: str, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(tip)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _build_kyy_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Seedance 2.0 library"), self)
        box.setObjectName("videoAssetsKyyBox")
        form = QFormLayout(box)
        self.kyy_url = QLineEdit(box)
        self.kyy_url.setObjectName("videoAssetsKyyUrl")
        self.kyy_url.setAccessibleName(self.tr("Public link of the media to register"))
        self.kyy_url.setPlaceholderText(self.tr("https://example.com/portrait.jpg"))
        self.kyy_url.setClearButtonEnabled(True)
        self.kyy_url.textChanged.connect(self._guess_kyy_type)
        form.addRow(self.tr("&Link"), self.kyy_url)
        self.kyy_type = QComboBox(box)
        self.kyy_type.setObjectName("videoAssetsKyyType")
        self.kyy_type.setAccessibleName(self.tr("Kind of media"))
        labels = {"Image": self.tr("Image"), "Video": self.tr("Video (480p or 720p)"),
                  "Audio": self.tr("Audio (wav or mp3)"), "Document": self.tr("Document")}
        for t in ASSET_TYPES:
            self.kyy_type.addItem(labels[t], t)
        form.addRow(self.tr("&Kind"), self.kyy_type)
        self.kyy_name = QLineEdit(box)
        self.kyy_name.setObjectName("videoAssetsKyyName")
        self.kyy_name.setAccessibleName(self.tr("Name of the asset (optional)"))
        self.kyy_name.setPlaceholderText(self.tr("optional label"))
        form.addRow(self.tr("&Name"), self.kyy_name)
        self.kyy_button = QPushButton(self.tr("Register"), box)
        self.kyy_button.setObjectName("videoAssetsKyyRegister")
        self.kyy_button.setAccessibleName(self.tr("Register the link in the Seedance 2.0 library"))
        self.kyy_button.clicked.connect(self._register_kyy)
        self.kyy_url.returnPressed.connect(self._register_kyy)
        form.addRow("", self.kyy_button)
        return box

    def _build_sd2_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("SD2 Manxue batch"), self)
        box.setObjectName("videoAssetsSd2Box")
        lay = QVBoxLayout(box)
        self.sd2_links = QPlainTextEdit(box)
        self.sd2_links.setObjectName("videoAssetsSd2Links")
        self.sd2_links.setAccessibleName(self.tr("Links to submit, one per line"))
        self.sd2_links.setPlaceholderText(self.tr(
            "One public link per line:\nhttps://example.com/portrait.jpg\n"
            "https://example.com/reference.mp4"))
        self.sd2_links.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.sd2_links.setMaximumHeight(86)
        lay.addWidget(self.sd2_links)
        row = QHBoxLayout()
        self.sd2_type = QComboBox(box)
        self.sd2_type.setObjectName("videoAssetsSd2Type")
        self.sd2_type.setAccessibleName(self.tr("Kind of the links"))
        self.sd2_type.addItem(self.tr("Kind from file extension"), "")
        for t, label in (("Image", self.tr("All images")), ("Video", self.tr("All videos")),
                         ("Audio", self.tr("All audio"))):
            self.sd2_type.addItem(label, t)
        row.addWidget(self.sd2_type, 1)
        self.sd2_button = QPushButton(self.tr("Submit batch"), box)
        self.sd2_button.setObjectName("videoAssetsSd2Submit")
        self.sd2_button.setAccessibleName(self.tr("Submit the links to SD2 Manxue for review"))
        self.sd2_button.clicked.connect(self._submit_sd2)
        row.addWidget(self.sd2_button)
        lay.addLayout(row)
        return box

    # ---- table ---------------------------------------------------------------------

    def _upsert(self, rec: AssetRecord) -> None:
        item = self._items.get(rec.asset_id)
        if item is None:
            item = QTreeWidgetItem()
            self.table.insertTopLevelItem(0, item)
            self._items[rec.asset_id] = item
        lib = self.tr("Seedance 2.0") if rec.library == KYY else self.tr("SD2 Manxue")
        status = {"Active": self.tr("Approved"), "Failed": self.tr("Rejected"),
                  "Processing": self.tr("Under review"), "submitted": self.tr("Submitted")
                  }.get(rec.status, rec.status)
        kind = {"Image": self.tr("Image"), "Video": self.tr("Video"), "Audio": self.tr("Audio"),
                "Document": self.tr("Document")}.get(rec.asset_type, rec.asset_type)
        for col, text in enumerate((rec.name, lib, kind, status, rec.asset_id, rec.url)):
            item.setText(col, text)
        item.setData(0, Qt.ItemDataRole.UserRole, rec.asset_id)
        item.setForeground(3, task_words.tone_color(_status_tone(rec)))
        checked = self.tr("Checked: {0}").format(when_text(rec.updated_at or rec.created_at))
        item.setToolTip(3, f"{rec.message}\n{checked}".strip())
        item.setToolTip(5, rec.url)
        self._sync_buttons()

    def _removed(self, asset_id: str) -> None:
        item = self._items.pop(asset_id, None)
        if item is not None:
            self.table.takeTopLevelItem(self.table.indexOfTopLevelItem(item))
        self._sync_buttons()

    def selected_ids(self) -> list[str]:
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self.table.selectedItems()]

    def select(self, asset_id: str) -> None:
        """Select just this asset.  The selection command is explicit: the implicit one
        follows the keyboard modifiers Qt believes are held and could toggle instead."""
        item = self._items.get(asset_id)
        if item is not None:
            self.table.setCurrentItem(
                item, 0, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _sync_buttons(self) -> None:
        ids = self.selected_ids()
        recs = [self.registry.get(i) for i in ids]
        recs = [r for r in recs if r is not None]
        self.refresh_button.setEnabled(bool(self._items))
        self.delete_button.setEnabled(bool(recs))
        self.copy_button.setEnabled(len(recs) == 1)
        self.use_button.setEnabled(len(recs) == 1 and recs[0].active)

    # ---- actions -------------------------------------------------------------------

    def _run(self, coro, action: str) -> asyncio.Task:
        async def guarded():
            try:
                await coro
            except asyncio.CancelledError:
                raise
            except ValueError as exc:        # input that never left the machine
                self._say(str(exc), "error")
            except Exception as exc:
                self._say(self.tr("Could not {0}: {1}").format(action, getattr(exc, "message", exc)),
                          "error")
                # Key, permission and balance problems need the app's dialog (it opens
                # Settings); anything that is not an API answer is a bug for the last resort.
                if self.errors is not None and (
                        isinstance(exc, _DIALOG_ERRORS) or not isinstance(exc, GlobalAIError)):
                    self.errors.report(exc, action=action)
        job = asyncio.ensure_future(guarded())
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return job

    def _say(self, text: str, tone: str = "info") -> None:
        self.status_label.setText(text)
        pal = self.status_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, task_words.tone_color(tone) if tone != "info"
                     else self.palette().color(QPalette.ColorRole.WindowText))
        self.status_label.setPalette(pal)

    def _guess_kyy_type(self, text: str) -> None:
        kind = guess_asset_type(text.strip())
        if kind:
            self.kyy_type.setCurrentIndex(self.kyy_type.findData(kind))

    def _register_kyy(self) -> asyncio.Task | None:
        url = self.kyy_url.text().strip()
        if not url:
            self._say(self.tr("Paste the public link of the image, video or audio first."), "error")
            return None

        async def go():
            self.kyy_button.setEnabled(False)
            try:
                rec = await self.registry.register(url, self.kyy_type.currentData(),
                                                   self.kyy_name.text())
            finally:
                self.kyy_button.setEnabled(True)
            self.kyy_url.clear()          # cleared only once the server has it
            self.kyy_name.clear()
            self.select(rec.asset_id)
            self._say(self.tr("Registered as {0}; it is under review and checked "
                              "automatically.").format(rec.asset_id), "ok")
        return self._run(go(), self.tr("register the asset"))

    def _submit_sd2(self) -> asyncio.Task | None:
        lines = [ln.strip() for ln in self.sd2_links.toPlainText().splitlines() if ln.strip()]
        if not lines:
            self._say(self.tr("Add at least one link, one per line."), "error")
            return None
        forced = self.sd2_type.currentData()
        groups: dict[str, list[str]] = {"Image": [], "Video": [], "Audio": []}
        unknown = []
        for url in lines:
            kind = forced or guess_asset_type(url)
            (groups[kind] if kind in groups else unknown).append(url)
        if unknown:
            self._say(self.tr("Cannot tell whether these are images, videos or audio; choose "
                              "the kind below the box: {0}").format(", ".join(unknown)), "error")
            return None

        async def go():
            self.sd2_button.setEnabled(False)
            try:
                outcome = await self.registry.submit_batch(
                    groups["Image"], groups["Video"], groups["Audio"])
            finally:
                self.sd2_button.setEnabled(True)
            refused = {url for url, _ in outcome.refused}
            # Keep only what the server refused in the box, so nothing typed is lost.
            self.sd2_links.setPlainText("\n".join(u for u in lines if u in refused))
            text = self.tr("{0} submitted for review.").format(len(outcome.records))
            if outcome.refused:
                text += " " + self.tr("Refused: {0}").format(
                    "; ".join(f"{u} — {why}" for u, why in outcome.refused))
            self._say(text, "warning" if outcome.refused else "ok")
        return self._run(go(), self.tr("submit the SD2 Manxue batch"))

    def _refresh(self) -> asyncio.Task:
        ids = self.selected_ids() or None

        async def go():
            self.refresh_button.setEnabled(False)
            try:
                recs = await self.registry.refresh(ids)
            finally:
                self.refresh_button.setEnabled(True)
            active = sum(1 for r in recs if r.active)
            self._say(self.tr("Checked {0}: {1} approved.").format(len(recs), active))
        return self._run(go(), self.tr("refresh the asset status"))

    def _use(self) -> None:
        ids = self.selected_ids()
        rec = self.registry.get(ids[0]) if len(ids) == 1 else None
        if rec is None:
            return
        if not rec.active:
            self._say(self.tr("This asset is not approved yet, so it cannot be used."), "warning")
            return
        self.use_requested.emit(rec.asset_id)

    def _copy(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            QGuiApplication.clipboard().setText(f"asset://{ids[0]}")
            self._say(self.tr("Copied asset://{0}").format(ids[0]))

    def _delete(self, *, confirm: bool = True) -> asyncio.Task | None:
        recs = [r for r in (self.registry.get(i) for i in self.selected_ids()) if r is not None]
        if not recs:
            return None
        if confirm:
            kyy = sum(1 for r in recs if r.library == KYY)
            text = self.tr("Delete {0} asset(s)?").format(len(recs))
            if kyy:
                text += "\n\n" + self.tr(
                    "Seedance 2.0 assets are deleted on the server for good; tasks still "
                    "using them may fail. Videos already made are not affected.")
            if any(r.library == SD2 for r in recs):
                text += "\n\n" + self.tr(
                    "SD2 Manxue has no delete: those are only removed from this list.")
            answer = QMessageBox.question(self, self.tr("Delete assets"), text,
                                          QMessageBox.StandardButton.Yes
                                          | QMessageBox.StandardButton.Cancel,
                                          QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self.delete_assets([r.asset_id for r in recs])

    def delete_assets(self, asset_ids: list[str]) -> asyncio.Task:
        """Delete without asking (the caller has confirmed)."""
        async def go():
            for aid in asset_ids:
                await self.registry.delete(aid)
            self._say(self.tr("Deleted {0} asset(s).").format(len(asset_ids)))
        return self._run(go(), self.tr("delete the asset"))

    async def shutdown(self) -> None:
        if self._jobs:
            await asyncio.gather(*list(self._jobs), return_exceptions=True)
