"""Light and dark themes: the Fusion style with our palettes.  The only module with colours.

``apply_theme(app, "system" | "light" | "dark")`` sets the palette; "system" follows the
operating system's colour scheme and keeps following it while the app runs.  Widgets take
colours from ``QPalette`` roles, and status colours (the connection dot, the "Demo" badge,
notification accents) from ``status_color``, so both schemes read well.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_LIGHT = {
    "window": "#f5f6f8", "base": "#ffffff", "alt": "#f0f2f5", "text": "#1d2330",
    "muted": "#6b7280", "button": "#f7f8fa", "highlight": "#2f6fde", "hl_text": "#ffffff",
    "link": "#1f5fc9", "tooltip": "#fffff0", "mid": "#c9ced6", "dark": "#9aa2ae",
}
_DARK = {
    "window": "#1f2228", "base": "#16181d", "alt": "#23262d", "text": "#e6e8ec",
    "muted": "#9aa1ad", "button": "#2a2e36", "highlight": "#3d7ef0", "hl_text": "#ffffff",
    "link": "#7fb0ff", "tooltip": "#2a2e36", "mid": "#3a3f49", "dark": "#111317",
}
_STATUS = {
    "light": {"ok": "#1f8a4c", "warning": "#b26a00", "error": "#c62828", "info": "#2f6fde",
              "demo": "#7b3fe4"},
    "dark": {"ok": "#4cc38a", "warning": "#f0a84a", "error": "#f06a6a", "info": "#6ea2ff",
             "demo": "#b18cff"},
}

THEMES = ("system", "light", "dark")


def _palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in ((role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
                   (role.AlternateBase, "alt"), (role.Text, "text"), (role.Button, "button"),
                   (role.ButtonText, "text"), (role.Highlight, "highlight"),
                   (role.HighlightedText, "hl_text"), (role.Link, "link"),
                   (role.LinkVisited, "link"), (role.ToolTipBase, "tooltip"),
                   (role.ToolTipText, "text"), (role.PlaceholderText, "muted"),
                   (role.Mid, "mid"), (role.Dark, "dark"), (role.Midlight, "alt"),
                   (role.Light, "base"), (role.Shadow, "dark"), (role.BrightText, "hl_text")):
        p.setColor(r, QColor(c[key]))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c["muted"]))
    p.setColor(disabled, role.Base, QColor(c["alt"]))
    p.setColor(disabled, role.Button, QColor(c["alt"]))
    return p


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective_scheme(mode: str) -> str:
    """"light" or "dark" for a theme setting ("system" asks the OS)."""
    if mode == "system":
        return "dark" if system_is_dark() else "light"
    return "dark" if mode == "dark" else "light"


def status_color(kind: str, app: QApplication | None = None) -> QColor:
    """Colour for a status ("ok", "warning", "error", "info", "demo") in the theme in use."""
    app = app or QApplication.instance()
    scheme = "light"
    if app is not None:
        scheme = app.property("globalaiScheme") or "light"
    return QColor(_STATUS[scheme].get(kind, _STATUS[scheme]["info"]))


# Spacing and a few touches beyond Fusion; colours are palette references only.
_STYLE = """
QTabWidget#mainTabs::pane { border: none; border-top: 1px solid palette(mid); }
QTabWidget#mainTabs > QTabBar::tab {
    padding: 8px 22px; margin: 0 2px; border: none;
    border-bottom: 2px solid transparent; background: transparent;
}
QTabWidget#mainTabs > QTabBar::tab:selected { border-bottom: 2px solid palette(highlight); }
QTabWidget#mainTabs > QTabBar::tab:hover:!selected { background: palette(alternate-base); }
QListWidget#settingsPages { padding: 4px; }
QListWidget#settingsPages::item { padding: 6px 10px; border-radius: 4px; }
QListWidget#settingsPages::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QStatusBar QLabel { padding: 0 6px; }
QToolTip { padding: 4px; }
"""


class ThemeController(QObject):
    """Applies a theme setting and re-applies it when the OS scheme changes ("system")."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.mode = "system"
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)

    def apply(self, mode: str) -> None:
        self.mode = mode if mode in THEMES else "system"
        app = self._app
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None and app.style().name().lower() != "fusion":
            app.setStyle(fusion)
        scheme = effective_scheme(self.mode)
        app.setProperty("globalaiScheme", scheme)
        app.setPalette(_palette(_DARK if scheme == "dark" else _LIGHT))
        app.setStyleSheet(_STYLE)

    def _on_system_change(self, *_args) -> None:
        if self.mode == "system":
            self.apply("system")
