"""The left side of the Video tab: the catalog form, notes about the family, Generate.

Contract:
- ``VideoFormPanel(catalog, assets)`` wraps the shared
  :class:`~globalai_desktop.ui.widgets.catalog_form.CatalogForm` over every video family.
- Around the form: a notes box for the chosen family (typical wait, cost, how often it
  is checked, how long the server keeps results, the catalog's note), and — for
  families that take ``asset://`` references — "Use a registered asset…".
- ``generate_requested(family_id, model, params)`` is emitted only when the form's values
  pass the catalog's validation; otherwise every problem is listed under the form and
  nothing is sent.  ``set_busy(True)`` blocks a second click while a create is on its way.
- ``use_reference_image(url)`` picks an image-to-video capable model (the current one when
  it can) and puts ``url`` into its first-frame field, or its reference-image list.
- ``insert_asset(asset_id, field=None)`` puts ``asset://id`` into a field that takes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from globalai_desktop.services.assets import library_for_family
from globalai_desktop.ui.widgets.catalog_form import CatalogForm
from globalai_desktop.ui.widgets.catalog_text import catalog_tr, name_tr

# When the current model cannot start from an image, these are tried in order
# (fast, widely available image-to-video models first).
PREFERRED_I2V = (("vidu", "viduq3-turbo"), ("veo", "veo_3_1_fast"),
                 ("seedance15", "seedance_1_5_pro_720p"), ("happyhorse_i2v", "happyhorse-1.0-i2v"))
FIRST_FRAME_NAMES = ("first_image", "first_frame")
REFERENCE_IMAGE_NAMES = ("reference_images",)


def first_frame_field(family: Any, model: str) -> Any:
    """The field a single start image goes into for ``model`` (or ``None``)."""
    specs = family.fields_for(model)
    for s in specs:
        if s.name in FIRST_FRAME_NAMES and s.kind == "url":
            return s
    for s in specs:
        if s.name in REFERENCE_IMAGE_NAMES and s.kind == "url_list":
            return s
    return None


def _lifetime_words(seconds: float | None, tr) -> str:
    if not seconds:
        return tr("for a limited time")
    hours = seconds / 3600
    if 20 <= hours <= 28:
        return tr("about a day")
    if hours >= 48:
        return tr("about {0} days").format(round(hours / 24))
    return tr("about {0} hours").format(max(1, round(hours)))


class AssetPickerDialog(QDialog):
    """Choose an approved asset and the field it goes into."""

    def __init__(self, assets: list[Any], fields: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoAssetPicker")
        self.setWindowTitle(self.tr("Use a registered asset"))
        self.setAccessibleName(self.tr("Choose a registered asset"))
        lay = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("videoAssetPickerList")
        self.list.setAccessibleName(self.tr("Approved assets"))
        for rec in assets:
            item = QListWidgetItem(f"{rec.name} · {rec.asset_type} · {rec.asset_id}")
            item.setData(Qt.ItemDataRole.UserRole, rec)
            self.list.addItem(item)
        lay.addWidget(self.list)
        form = QFormLayout()
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("videoAssetPickerField")
        self.field_combo.setAccessibleName(self.tr("Field to put the asset in"))
        for spec in fields:
            self.field_combo.addItem(catalog_tr(spec.label), spec.name)
        form.addRow(self.tr("Put it in"), self.field_combo)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.currentItemChanged.connect(self._suggest_field)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)

    def _suggest_field(self, item, _prev=None) -> None:
        rec = item.data(Qt.ItemDataRole.UserRole) if item else None
        if rec is None:
            return
        wanted = {"Image": ("first", "reference_images"), "Video": ("reference_videos",
                  "input_video"), "Audio": ("reference_audios",)}.get(rec.asset_type, ())
        for hint in wanted:
            for i in range(self.field_combo.count()):
                if hint in self.field_combo.itemData(i):
                    self.field_combo.setCurrentIndex(i)
                    return

    def choice(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None or self.field_combo.currentIndex() < 0:
            return None
        return item.data(Qt.ItemDataRole.UserRole).asset_id, self.field_combo.currentData()


class VideoFormPanel(QWidget):
    generate_requested = Signal(str, str, dict)     # family id, model id, params

    def __init__(self, catalog: Any, assets: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoFormPanel")
        self.setAccessibleName(self.tr("New video"))
        self.catalog = catalog
        self.assets = assets
        self._busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        title = QLabel(self.tr("New video"), self)
        title.setObjectName("videoFormTitle")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        title.setFont(f)
        outer.addWidget(title)

        scroll = QScrollArea(self)
        scroll.setObjectName("videoFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body.setObjectName("videoFormBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 6, 0)
        col.setSpacing(10)
        self.form = CatalogForm(catalog.video_families(), body, show_notes=False)
        col.addWidget(self.form)

        self.asset_button = QPushButton(self.tr("Use a registered asset…"), body)
        self.asset_button.setObjectName("videoUseAssetButton")
        self.asset_button.setAccessibleName(self.tr("Put an approved asset into the form"))
        self.asset_button.setToolTip(self.tr(
            "Faces and avatars must be registered (Assets tab) and approved before use."))
        self.asset_button.clicked.connect(self.pick_asset)
        col.addWidget(self.asset_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.notes = QFrame(body)
        self.notes.setObjectName("videoFamilyNotes")
        self.notes.setFrameShape(QFrame.Shape.StyledPanel)
        self.notes.setAutoFillBackground(True)
        self.notes.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        notes_lay = QVBoxLayout(self.notes)
        notes_lay.setContentsMargins(10, 8, 10, 8)
        notes_lay.setSpacing(3)
        self.notes_title = QLabel(self.notes)
        self.notes_title.setObjectName("videoFamilyNotesTitle")
        nf = self.notes_title.font()
        nf.setBold(True)
        self.notes_title.setFont(nf)
        notes_lay.addWidget(self.notes_title)
        self.notes_text = QLabel(self.notes)
        self.notes_text.setObjectName("videoFamilyNotesText")
        self.notes_text.setAccessibleName(self.tr("About this model family"))
        self.notes_text.setWordWrap(True)
        self.notes_text.setTextFormat(Qt.TextFormat.PlainText)
        notes_lay.addWidget(self.notes_text)
        col.addWidget(self.notes)
        col.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("videoFormStatus")
        self.status_label.setAccessibleName(self.tr("Submission status"))
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        self.generate_button = QPushButton(self.tr("Generate video"), self)
        self.generate_button.setObjectName("videoGenerateButton")
        self.generate_button.setAccessibleName(self.tr("Generate video"))
        self.generate_button.setToolTip(self.tr("Send this request (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumHeight(34)
        self.generate_button.clicked.connect(self.request_generate)
        outer.addWidget(self.generate_button)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.request_generate)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.request_generate)

        self.form.model_changed.connect(lambda *_: self._update_notes())
        self._update_notes()

    # ---- public API ----------------------------------------------------------------

    def family(self) -> Any:
        return self.form.family()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.generate_button.setEnabled(not busy)
        self.generate_button.setText(self.tr("Sending…") if busy else self.tr("Generate video"))

    def say(self, text: str) -> None:
        self.status_label.setText(text)

    def request_generate(self) -> bool:
        """Validate; when valid, emit ``generate_requested`` (returns whether it did)."""
        if self._busy:
            return False                      # one click = one task
        if not self.form.reveal_issues():
            self.say(self.tr("Fix the settings listed above; nothing was sent."))
            return False
        self.say("")
        self.generate_requested.emit(self.form.family_id(), self.form.model_id(),
                                     self.form.params())
        return True

    def reuse(self, family_id: str, model: str, params: dict) -> bool:
        """Fill the form from stored settings (history / queue "reuse settings")."""
        ok = self.form.set_params(family_id, model, params)
        self.say("" if ok else self.tr(
            "The model {0} is no longer offered; choose another one.").format(model))
        return ok

    def use_reference_image(self, url: str) -> bool:
        """Start a video from an image: choose an i2v model if needed, fill its first frame."""
        url = (url or "").strip()
        if not url:
            return False
        target = first_frame_field(self.form.family(), self.form.model_id())
        if target is None:
            for fid, mid in self._i2v_candidates():
                if self.form.set_model(mid, fid):
                    target = first_frame_field(self.form.family(), mid)
                    if target is not None:
                        break
        if target is None:
            return self.form.add_reference_url(url)
        if target.kind == "url_list":
            current = list(self.form.editor(target.name).value() or [])
            ok = self.form.set_value(target.name, [url] + [u for u in current if u != url][
                : max(0, (target.max_items or 99) - 1)])
        else:
            ok = self.form.set_value(target.name, url)
        if ok:
            self.say(self.tr("The image is set as “{0}” for {1}.").format(
                catalog_tr(target.label),
                name_tr(self.form.family().model(self.form.model_id()).label)))
        return ok

    def asset_fields(self) -> list[Any]:
        """Fields of the current model that take ``asset://`` references."""
        return [s for s in self.form.family().fields_for(self.form.model_id())
                if s.accepts_asset and s.kind in ("url", "url_list")]

    def insert_asset(self, asset_id: str, field: str | None = None) -> bool:
        fields = {s.name: s for s in self.asset_fields()}
        if not fields:
            self.say(self.tr("This model does not take registered assets; choose a "
                             "Seedance or SD2 Manxue model."))
            return False
        spec = fields.get(field) if field else None
        if spec is None:
            rec = self.assets.get(asset_id) if self.assets is not None else None
            spec = self._field_for_type(list(fields.values()), getattr(rec, "asset_type", ""))
        ref = f"asset://{asset_id}"
        if spec.kind == "url_list":
            editor = self.form.editor(spec.name)
            current = list(editor.value() or [])
            if ref in current:
                return True
            if spec.max_items is not None and len(current) >= spec.max_items:
                self.say(self.tr("“{0}” is full ({1} at most).").format(
                    catalog_tr(spec.label), spec.max_items))
                return False
            ok = self.form.set_value(spec.name, current + [ref])
        else:
            ok = self.form.set_value(spec.name, ref)
        if ok:
            self.say(self.tr("Added {0} to “{1}”.").format(ref, catalog_tr(spec.label)))
        return ok

    def pick_asset(self) -> None:
        fields = self.asset_fields()
        lib = library_for_family(self.form.family())
        usable = self.assets.usable(lib) if (self.assets is not None and lib) else []
        if not fields or not usable:
            self.say(self.tr("No approved assets for this model yet. Register one in the "
                             "Assets tab; it can be used once the review approves it."))
            return
        dlg = AssetPickerDialog(usable, fields, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.choice():
            asset_id, field = dlg.choice()
            self.insert_asset(asset_id, field)

    # ---- internals -----------------------------------------------------------------

    @staticmethod
    def _field_for_type(fields: list[Any], asset_type: str) -> Any:
        hints = {"Image": ("first", "reference_images"), "Video": ("reference_videos",),
                 "Audio": ("reference_audios",)}.get(asset_type, ())
        for hint in hints:
            for s in fields:
                if hint in s.name:
                    return s
        return fields[0]

    def _i2v_candidates(self) -> list[tuple[str, str]]:
        fam = self.form.family()
        out = [(fam.id, m.id) for m in fam.current_models() if m.id != self.form.model_id()]
        out += list(PREFERRED_I2V)
        for f in self.catalog.video_families():
            out += [(f.id, m.id) for m in f.current_models()]
        seen, unique = set(), []
        for pair in out:
            if pair not in seen:
                seen.add(pair)
                unique.append(pair)
        return unique

    def _update_notes(self) -> None:
        fam = self.form.family()
        model = fam.model(self.form.model_id())
        self.notes_title.setText(self.tr("About {0}").format(name_tr(fam.label)))
        lines = []
        if fam.typical_wait:
            lines.append(self.tr("Typical wait: {0}.").format(catalog_tr(fam.typical_wait)))
        cost = getattr(model, "cost_note", "") or fam.cost_note
        if cost:
            lines.append(self.tr("Cost: {0}").format(catalog_tr(cost)))
        lines.append(self.tr(
            "Checked every {0} s while it is being made. The server keeps the result {1}; "
            "it is saved to your library as soon as it is ready.").format(round(max(fam.poll_interval_s, fam.min_poll_interval_s)),
                                _lifetime_words(fam.result_lifetime_s, self.tr)))
        if fam.note:
            lines.append(catalog_tr(fam.note))
        self.notes_text.setText("\n".join(lines))
        self.asset_button.setVisible(bool(self.asset_fields()))
