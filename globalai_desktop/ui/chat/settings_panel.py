"""Per-conversation settings: protocol override, system prompt, temperature, max tokens,
and the conversation's token usage.

Edits are reported through :attr:`ConversationSettingsPanel.edited` with the updated
:class:`Conversation` (the caller merges the panel's fields with :meth:`apply_to`) after a
short pause (typing in the system prompt does not write to
the database on every key).  The panel never talks to storage itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.chat import Conversation, TokenUsage
from globalai_desktop.domain.text import Protocol
from globalai_desktop.ui.chat.style import Restyler, chat_colors, css

# Short names for the combo box; the tooltip names the endpoint.
PROTOCOL_LABELS = {
    Protocol.OPENAI: "OpenAI chat",
    Protocol.ANTHROPIC: "Anthropic",
    Protocol.GEMINI: "Gemini native",
    Protocol.RESPONSES: "OpenAI responses",
}
PROTOCOL_ENDPOINTS = {
    Protocol.OPENAI: "POST /v1/chat/completions",
    Protocol.ANTHROPIC: "POST /v1/messages",
    Protocol.GEMINI: "POST /v1/models/{model}:streamGenerateContent",
    Protocol.RESPONSES: "POST /v1/responses",
}
DEFAULT_TEMPERATURE = 1.0
DEFAULT_MAX_TOKENS = 4096


class ConversationSettingsPanel(QFrame, Restyler):
    edited = Signal(object)          # Conversation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatSettingsPanel")
        self.setAccessibleName(self.tr("Conversation settings"))
        self._conv: Conversation | None = None
        self._loading = False
        self._protocols: tuple[Protocol, ...] = ()
        self._default_protocol: Protocol | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(10)
        title = QLabel(self.tr("Conversation settings"), self)
        title.setObjectName("chatSettingsTitle")
        title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        lay.addWidget(title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)

        self.protocol = QComboBox(self)
        self.protocol.setObjectName("chatProtocol")
        self.protocol.setAccessibleName(self.tr("Protocol"))
        self.protocol.setToolTip(self.tr("Which API format carries this conversation. The model "
                                         "decides the default; override it here."))
        self.protocol.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Protocol"), self.protocol)

        self.system = QPlainTextEdit(self)
        self.system.setObjectName("chatSystemPrompt")
        self.system.setAccessibleName(self.tr("System prompt"))
        self.system.setPlaceholderText(self.tr("Optional instructions for the model, e.g. "
                                               "“Answer briefly, in English.”"))
        self.system.setFixedHeight(110)
        self.system.textChanged.connect(self._changed)
        form.addRow(self.tr("System prompt"), self.system)

        self.temp_custom = QCheckBox(self.tr("Set"), self)
        self.temp_custom.setObjectName("chatTemperatureEnabled")
        self.temp_custom.setAccessibleName(self.tr("Set a temperature"))
        self.temp_custom.setToolTip(self.tr("Unchecked: the model's default temperature."))
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setObjectName("chatTemperature")
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(DEFAULT_TEMPERATURE)
        self.temperature.setToolTip(self.tr("Lower is more focused, higher more varied (0–2)."))
        self.temp_custom.toggled.connect(self.temperature.setEnabled)
        self.temp_custom.toggled.connect(self._changed)
        self.temperature.valueChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.temp_custom)
        row.addWidget(self.temperature, 1)
        form.addRow(self.tr("Temperature"), row)

        self.max_custom = QCheckBox(self.tr("Set"), self)
        self.max_custom.setObjectName("chatMaxTokensEnabled")
        self.max_custom.setAccessibleName(self.tr("Set a limit on reply length"))
        self.max_custom.setToolTip(self.tr("Unchecked: the server's default limit."))
        self.max_tokens = QSpinBox(self)
        self.max_tokens.setObjectName("chatMaxTokens")
        self.max_tokens.setAccessibleName(self.tr("Maximum output tokens"))
        self.max_tokens.setRange(1, 200_000)
        self.max_tokens.setSingleStep(256)
        self.max_tokens.setValue(DEFAULT_MAX_TOKENS)
        self.max_tokens.setGroupSeparatorShown(True)
        self.max_custom.toggled.connect(self.max_tokens.setEnabled)
        self.max_custom.toggled.connect(self._changed)
        self.max_tokens.valueChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.max_custom)
        row.addWidget(self.max_tokens, 1)
        form.addRow(self.tr("Max output tokens"), row)
        lay.addLayout(form)

        self.usage = QLabel(self)
        self.usage.setObjectName("chatConversationUsage")
        self.usage.setAccessibleName(self.tr("Token usage of this conversation"))
        self.usage.setWordWrap(True)
        lay.addWidget(self.usage)
        lay.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._emit)
        self._apply_colors()
        self.setEnabled(False)

    # --- content --------------------------------------------------------------------------

    def set_conversation(self, conv: Conversation | None, protocols: tuple[Protocol, ...] = (),
                         default_protocol: Protocol | None = None) -> None:
        self.flush()
        self._loading = True
        try:
            self._conv = conv
            self.setEnabled(conv is not None)
            self._protocols = tuple(protocols)
            self._default_protocol = default_protocol
            self.protocol.clear()
            default_label = PROTOCOL_LABELS.get(default_protocol, "") if default_protocol else ""
            self.protocol.addItem(self.tr("Default ({name})").format(name=default_label)
                                  if default_label else self.tr("Default"), None)
            if default_protocol is not None:
                self.protocol.setItemData(0, PROTOCOL_ENDPOINTS.get(default_protocol, ""),
                                          Qt.ItemDataRole.ToolTipRole)
            for p in protocols:
                self.protocol.addItem(PROTOCOL_LABELS.get(p, p.value), p.value)
                self.protocol.setItemData(self.protocol.count() - 1,
                                          PROTOCOL_ENDPOINTS.get(p, ""), Qt.ItemDataRole.ToolTipRole)
            if conv is None:
                return
            idx = self.protocol.findData(conv.protocol) if conv.protocol else 0
            self.protocol.setCurrentIndex(max(0, idx))
            self.system.setPlainText(conv.system_prompt)
            self.temp_custom.setChecked(conv.temperature is not None)
            self.temperature.setEnabled(conv.temperature is not None)
            self.temperature.setValue(conv.temperature if conv.temperature is not None
                                      else DEFAULT_TEMPERATURE)
            self.max_custom.setChecked(conv.max_tokens is not None)
            self.max_tokens.setEnabled(conv.max_tokens is not None)
            self.max_tokens.setValue(conv.max_tokens if conv.max_tokens is not None
                                     else DEFAULT_MAX_TOKENS)
        finally:
            self._loading = False

    def set_usage(self, usage: TokenUsage) -> None:
        if not usage.known:
            self.usage.setText(self.tr("No token usage reported yet."))
            return
        self.usage.setText(self.tr("This conversation used {total} tokens\n"
                                   "({inp} in · {out} out).").format(
            total=f"{usage.total:,}", inp=f"{usage.input_tokens or 0:,}",
            out=f"{usage.output_tokens or 0:,}"))

    def apply_to(self, conv: Conversation) -> Conversation:
        """``conv`` with this panel's values (protocol, system prompt, parameters)."""
        return conv.with_(
            protocol=self.protocol.currentData() or None,
            system_prompt=self.system.toPlainText(),
            temperature=round(self.temperature.value(), 2) if self.temp_custom.isChecked() else None,
            max_tokens=self.max_tokens.value() if self.max_custom.isChecked() else None,
        )

    def rebase(self, conv: Conversation) -> None:
        """Adopt ``conv`` as saved without touching the fields (keeps the caret where the
        person is typing)."""
        self._conv = conv

    def has_pending(self) -> bool:
        """Edits were made that :attr:`edited` has not reported yet."""
        return self._timer.isActive()

    def take_pending(self) -> bool:
        """Cancel the pending report and return whether there was one (the caller saves)."""
        pending = self._timer.isActive()
        self._timer.stop()
        return pending

    def flush(self) -> None:
        """Report pending edits now (e.g. before switching conversation)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    # --- internals ------------------------------------------------------------------------

    def _changed(self, *_a) -> None:
        if not self._loading and self._conv is not None:
            self._timer.start()

    def _emit(self) -> None:
        if self._conv is not None:
            conv = self.apply_to(self._conv)
            if conv != self._conv:
                self._conv = conv
                self.edited.emit(conv)

    def _apply_colors(self) -> None:
        c = chat_colors()
        self.usage.setStyleSheet(f"color: {css(c.muted)};")
        self.setStyleSheet(f"QFrame#chatSettingsPanel {{ border-left: 1px solid {css(c.border)}; }}")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._palette_changed():
            self._apply_colors()
