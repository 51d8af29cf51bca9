"""Colours and fonts of the chat view, derived from the application palette.

Nothing here is a fixed colour: every shade is the palette's own or a blend of two palette
roles, so the view follows the light, dark and system themes the shell applies.  Call
:func:`chat_colors` again after a palette change (the view does on ``PaletteChange``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from globalai_desktop.ui.chat.markdown import RenderTheme


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended toward ``b`` by ``t`` (0 → a, 1 → b)."""
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def app_palette() -> QPalette:
    """The application palette (what the theme sets).  Chat widgets derive their colours
    from it rather than from their own palette, which their style sheets may alter."""
    return QGuiApplication.palette()


def palette_key(palette: QPalette | None = None) -> tuple:
    """Identifies a palette's colours: restyle only when this changes (a style sheet also
    sends PaletteChange; restyling on that would loop)."""
    p = palette or app_palette()
    return tuple(p.color(r).rgba() for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                                            QPalette.ColorRole.Text, QPalette.ColorRole.Highlight,
                                            QPalette.ColorRole.Link))


class Restyler:
    """Mixin for chat widgets: ``_apply_colors()`` runs again only when the application
    palette really changed (light ↔ dark), never on the PaletteChange a style sheet sends."""

    _palette_key: tuple | None = None

    def _palette_changed(self) -> bool:
        key = palette_key()
        if key == self._palette_key:
            return False
        self._palette_key = key
        return True


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


@dataclass(frozen=True)
class ChatColors:
    view_bg: QColor        # behind the messages
    text: QColor
    muted: QColor          # timestamps, usage, secondary labels
    user_bubble: QColor    # the person's messages
    user_text: QColor
    border: QColor
    accent: QColor
    error: QColor
    warning: QColor
    chip_bg: QColor        # attachment chips, badges
    dark: bool


def chat_colors(palette: QPalette | None = None) -> ChatColors:
    palette = palette or app_palette()
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorRole.Window)
    # Error / warning hues: the palette has no such roles; derive them from the link colour's
    # lightness so they read on either background (red and amber at the text's contrast).
    red = QColor.fromHslF(0.0, 0.70, 0.62 if dark else 0.42)
    amber = QColor.fromHslF(0.10, 0.80, 0.60 if dark else 0.38)
    return ChatColors(
        view_bg=base,
        text=text,
        muted=mix(text, base, 0.45),
        user_bubble=mix(base, accent, 0.22 if dark else 0.12),
        user_text=text,
        border=mix(text, base, 0.82),
        accent=accent,
        error=red,
        warning=amber,
        chip_bg=mix(window, base, 0.5),
        dark=dark,
    )


def monospace_family() -> str:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


def render_theme(palette: QPalette | None, font: QFont, copy_label: str) -> RenderTheme:
    palette = palette or app_palette()
    c = chat_colors(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    link = palette.color(QPalette.ColorRole.Link)
    if c.dark and link.lightnessF() < 0.55:
        link = link.lighter(160)     # the default link blue is too dark on a dark background
    pt = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    return RenderTheme(
        text=text.name(),
        muted=c.muted.name(),
        link=link.name(),
        code_bg=mix(base, text, 0.06 if c.dark else 0.035).name(),
        code_header_bg=mix(base, text, 0.11 if c.dark else 0.07).name(),
        inline_code_bg=mix(base, text, 0.09 if c.dark else 0.06).name(),
        border=c.border.name(),
        table_header_bg=mix(base, text, 0.07 if c.dark else 0.045).name(),
        dark=c.dark,
        font_pt=pt,
        mono_family=monospace_family(),
        copy_label=copy_label,
    )


def css(color: QColor) -> str:
    """A colour as a Qt style-sheet value (keeps alpha)."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alphaF():.3f})"


def view_style_sheet(c: ChatColors) -> str:
    """One style sheet for every message widget (selected by object name / property)."""
    muted, text, chip, border = css(c.muted), css(c.text), css(c.chip_bg), css(c.border)
    return f"""
        QWidget#chatMessageColumn {{ background: {css(c.view_bg)}; }}
        QTextBrowser#chatMessageBody {{ background: transparent; border: none; }}
        QLabel#chatMessageWho {{ font-weight: 600; }}
        QLabel#chatMessageTime, QLabel#chatMessageUsage {{ color: {muted}; font-size: 8.5pt; }}
        QLabel#chatMessageState {{ color: {muted}; font-size: 8.5pt; font-weight: 600; }}
        QLabel#chatMessageState[state="failed"] {{ color: {css(c.error)}; }}
        QLabel#chatMessageState[state="stopped"], QLabel#chatMessageState[state="interrupted"]
            {{ color: {css(c.warning)}; }}
        QLabel#chatMessageReason[severity="error"] {{ color: {css(c.error)}; }}
        QLabel#chatMessageReason[severity="warning"] {{ color: {css(c.warning)}; }}
        QFrame#chatBubble[role="user"] {{ background: {css(c.user_bubble)}; border-radius: 14px; }}
        QLabel#chatMessageThumb {{ border: 1px solid {border}; border-radius: 6px;
            background: {chip}; }}
        QToolButton[chatAction="true"] {{ color: {muted}; padding: 2px 6px; border: none;
            border-radius: 4px; background: transparent; }}
        QToolButton[chatAction="true"]:hover {{ color: {text}; background: {chip}; }}
        QLabel#chatEmptyState {{ color: {muted}; font-size: 12pt; padding: 48px; }}
        QPushButton#chatShowEarlier {{ color: {css(c.accent)}; }}
    """
