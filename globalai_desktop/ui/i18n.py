"""Interface language: which one, and the translators that make Qt speak it.

Contract::

    language = i18n.install(app, settings.get("ui.language"))   # before any widget is built
    i18n.resolve_language("system")      # "en" | "zh_CN" for this machine's locale
    i18n.current_language()              # what install() last put in place

``choice`` is the ``ui.language`` setting: ``"system"`` follows the operating system's
preferred languages (``QLocale.uiLanguages()``; any Chinese locale gets Simplified Chinese,
the only Chinese there is, everything else English), ``"en"`` or ``"zh_CN"`` force one.
``install`` may be called again (tests do): it first removes what it installed before.  An
unknown choice or a missing ``.qm`` file leaves the interface in English and logs why; it
never stops the app.

Two translators go in for a language other than English:
- the app's own ``globalai_desktop_<lang>.qm`` from the resources folder (works the same in a
  source checkout, a wheel and the frozen app: ``paths.resource_path``).  Its translator
  looks a text up in the exact context first, then in the context ``""``: PySide's
  ``self.tr()`` asks for the *run-time* class name, so an inherited method or a
  ``widget.tr()`` on another class would otherwise miss (packaging/update_translations.py
  writes every text into ``""`` as well);
- Qt's own ``qt_<lang>.qm`` (standard buttons, file and colour dialogs, context menus of
  text fields) from Qt's translations folder, where the installed Qt has one.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from globalai_desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")          # "en" is the source language: no translator needed
CHOICES = ("system", *LANGUAGES)
APP_CATALOG = "globalai_desktop"
FALLBACK_CONTEXT = ""

_installed: list[QTranslator] = []
_current = "en"


class AppTranslator(QTranslator):
    """The app's catalogue, with the context-free fallback described above."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate(FALLBACK_CONTEXT, source, disambiguation, n)
        # None (a null QString) tells Qt "not here, ask the next translator"; an empty
        # string would be taken as the translation and blank the text.
        return text or None


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The language for a ``ui.language`` value; ``locale`` defaults to the system's."""
    if choice in LANGUAGES:
        return choice
    if choice != "system":
        log.warning("unknown interface language %r; using the system's", choice)
    for tag in (locale or QLocale.system()).uiLanguages():
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary == "zh":
            return "zh_CN"
        if primary == "en":
            return "en"
    return "en"


def translations_dir() -> Path:
    return paths.resource_path("translations")


def app_catalog(language: str) -> Path:
    return translations_dir() / f"{APP_CATALOG}_{language}.qm"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files may be: Qt's configured folder, then PySide6's own copy
    (a frozen bundle keeps it under the same relative path)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6
        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 without a file (frozen)
        pass
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "PySide6" / "Qt" / "translations")
    return [d for d in dirs if d.is_dir()]


def _load_qt(language: str, app: QCoreApplication) -> QTranslator | None:
    for folder in qt_translations_dirs():
        for name in (f"qt_{language}", f"qtbase_{language}"):   # qt_* pulls in its modules
            t = QTranslator(app)
            if (folder / f"{name}.qm").is_file() and t.load(name, str(folder)):
                return t
    log.info("Qt's own %s translations not found; standard dialogs stay in English", language)
    return None


def uninstall(app: QCoreApplication | None = None) -> None:
    """Back to English (the source texts)."""
    global _current
    app = app or QCoreApplication.instance()
    while _installed:
        t = _installed.pop()
        if app is not None:
            app.removeTranslator(t)
        t.deleteLater()
    _current = "en"


def install(app: QCoreApplication, choice: str = "system") -> str:
    """Put the translators for ``choice`` in place; returns the language now in effect."""
    global _current
    uninstall(app)
    language = resolve_language(choice)
    QLocale.setDefault(QLocale.system() if choice not in LANGUAGES else QLocale(language))
    if language == "en":
        return _current
    own = AppTranslator(app)
    path = app_catalog(language) if _resources_present() else None
    if path is None or not own.load(str(path)):
        log.warning("interface translation %s not found (%s); the interface stays in English",
                    language, path)
        return _current
    for t in (_load_qt(language, app), own):          # the last installed is asked first
        if t is not None:
            app.installTranslator(t)
            _installed.append(t)
    _current = language
    log.info("interface language: %s (setting %r)", language, choice)
    return _current


def current_language() -> str:
    return _current


def _resources_present() -> bool:
    try:
        return translations_dir().is_dir()
    except FileNotFoundError:
        return False
