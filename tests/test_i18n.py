"""The Simplified Chinese interface: chosen by the ``ui.language`` setting (or the system's
locale), complete (every message translated, placeholders intact, the shipped .qm built from
the .ts, the .ts covering the current sources) and really shown: the main window's tabs and
menus, the Settings dialog, About and the first-run prompt come up in Chinese with no text
left in English, while "en" keeps English."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu, QWidget

from globalai_desktop import paths
from globalai_desktop.storage.settings import Settings
from globalai_desktop.ui import i18n
from globalai_desktop.app_shell import Options, Shell
from globalai_desktop.storage.secrets import KeyringStore
from tests.fixtures_sim import TEST_KEY
from tests.shell_harness import run, running_shell, until

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "globalai_desktop_zh_CN.ts"
ENV = {"GLOBALAIOPC_API_KEY": TEST_KEY}
HAN = re.compile(r"[\u4e00-\u9fff]")


def ts_messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


def translation_texts(m: ET.Element) -> list[str]:
    tr = m.find("translation")
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if m.get("numerus") == "yes" else [tr.text or ""]


class MissRecorder(QTranslator):
    """Installed first, so Qt asks it last: it hears only what no translator knew."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        # Qt's own classes (QLineEdit's context menu, QPlatformTheme …) are Qt's business.
        if not re.match(r"Q[A-Z]", context or "") and source.strip():
            self.misses.add((context, source))
        return None


@pytest.fixture
def language(qapp):
    """``language("zh_CN")`` saves the setting as a user would; English again afterwards."""
    def choose(value: str) -> None:
        s = Settings()
        s.set("ui.language", value)
        s.close()
    yield choose
    i18n.uninstall(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def recorder(qapp):
    r = MissRecorder()
    qapp.installTranslator(r)
    yield r
    qapp.removeTranslator(r)


@contextlib.asynccontextmanager
async def real_app(qapp, sim):
    """The shell as ``app.main`` builds it: the real tabs, their titles translated by the
    main window once the shell has installed the language."""
    from keyring.backends import fail

    shell = Shell(Options(cli_settings={"api.text_base_url": sim.text_base_url,
                                        "api.media_base_url": sim.media_base_url}),
                  qapp, keystore=KeyringStore(fail.Keyring()), environ=ENV,
                  on_quit=lambda: None)
    try:
        await shell.start()
        yield shell
    finally:
        await shell.shutdown()


def strip_mnemonic(text: str) -> str:
    return re.sub(r"\(&\w\)|&", "", text)


# --- the catalogue ------------------------------------------------------------------------
def test_every_message_has_a_finished_translation():
    messages = ts_messages()
    assert len(messages) > 600
    root = ET.parse(TS).getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == ("zh_CN", "en")
    unfinished = [(c, m.findtext("source")) for c, m in messages
                  if m.find("translation").get("type") is not None
                  or not all(t.strip() for t in translation_texts(m))]
    assert unfinished == []
    numerus = [m for _c, m in messages if m.get("numerus") == "yes"]
    assert numerus and all(len(translation_texts(m)) == 1 for m in numerus)  # one form in zh
    assert all("%n" in translation_texts(m)[0] for m in numerus)
    # Translated, not copied: most texts carry Chinese (the rest are names, URLs, numbers).
    chinese = sum(bool(HAN.search(translation_texts(m)[0])) for _c, m in messages)
    assert chinese / len(messages) > 0.95


def _marks(text: str) -> dict[str, list[str]]:
    return {"format fields": sorted(re.findall(r"\{[^{}]*\}", text)),
            "Qt arguments": sorted(re.findall(r"%(?:n|L?\d|s|d)", text)),
            "HTML tags": sorted(t.lower() for t in re.findall(r"</?([a-zA-Z]+)[^>]*>", text)),
            "file filters": sorted(re.findall(r"\([^()]*\*[^()]*\)", text)),
            "shortcuts": sorted(re.findall(r"\b(?:Ctrl|Shift|Alt)\+\w+|\bEsc\b", text)),
            "mnemonic": [c.lower() for c in re.findall(r"(?<!&)&(\w)", text)],
            "lines": ["\n"] * text.count("\n")}


def test_placeholders_markup_and_shortcuts_survive_translation():
    wrong = []
    for ctx, m in ts_messages():
        source = m.findtext("source")
        for text in translation_texts(m):
            if _marks(source) != _marks(text):
                wrong.append((ctx, source, text))
    assert wrong == []
    # and a translated sentence really formats like its source
    table = dict((m.findtext("source"), translation_texts(m)[0]) for _c, m in ts_messages())
    assert table["Could not {action}: {reason}"].format(action="发送消息", reason="超时") \
        == "无法发送消息：超时"


def test_the_shipped_qm_is_built_from_the_ts():
    qm = i18n.app_catalog("zh_CN")
    assert qm == paths.resource_path("translations", "globalai_desktop_zh_CN.qm")
    t = QTranslator()
    assert t.load(str(qm))
    stale = [(c, m.findtext("source")) for c, m in ts_messages()
             if t.translate(c, m.findtext("source"), m.findtext("comment") or None,
                            2 if m.get("numerus") == "yes" else -1)
             != translation_texts(m)[0]]  # %n is filled in by QCoreApplication
    assert stale == []


def test_the_ts_covers_every_string_in_the_sources():
    """Fails when a user-visible string was added or changed without a translation: run
    ``python packaging/update_translations.py`` and translate what it reports."""
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "update_translations.py"),
                        "--check"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


# --- choosing the language ----------------------------------------------------------------
@pytest.mark.parametrize("tag, expected", [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_CN"), ("en_US", "en"),
    ("en_GB", "en"), ("de_DE", "en"), ("ja_JP", "en"), ("C", "en")])
def test_system_follows_the_locale(tag, expected):
    assert i18n.resolve_language("system", QLocale(tag)) == expected
    assert i18n.resolve_language("en", QLocale(tag)) == "en"
    assert i18n.resolve_language("zh_CN", QLocale(tag)) == "zh_CN"


def test_install_system_uses_the_systems_language_and_can_be_undone(qapp, language):
    assert i18n.install(qapp, "system") == i18n.resolve_language("system", QLocale.system())
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert QLocale().name() == "zh_CN"
    i18n.install(qapp, "zh_CN")                          # twice: still one set of translators
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.install(qapp, "klingon") in ("en", "zh_CN")   # unknown: the system's, no crash


def test_an_inherited_tr_finds_its_text_under_the_subclass_name(qapp, language):
    """PySide's self.tr() asks for the run-time class: a subclass must still be translated."""
    from globalai_desktop.ui.dialogs.common import MaskedKeyField

    class CompanyKeyField(MaskedKeyField):
        pass

    i18n.install(qapp, "zh_CN")
    field = CompanyKeyField("keyEdit", "", "keyShow")
    assert field.show_button.text() == "显示"
    assert QCoreApplication.translate("NoSuchContext", "Nothing like this") == "Nothing like this"


# --- the interface, as a person sees it ---------------------------------------------------
def test_chinese_interface_main_window_settings_about_and_first_run(
        qapp, qloop, sim, language, recorder):
    language("zh_CN")

    async def scenario():
        async with real_app(qapp, sim) as shell:
            w = shell.window
            assert shell.language == "zh_CN"
            tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
            assert tabs == ["聊天", "图片", "视频"]
            assert [a.text() for a in w.menuBar().actions()] == [
                "文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
            help_menu = w.menuBar().findChild(QMenu, "helpMenu")
            assert [strip_mnemonic(a.text()) for a in help_menu.actions() if a.text()] == [
                "文档", "打开日志文件夹", "关于 GlobalAI Desktop"]
            assert w.settings_action.text() == "设置(&S)…"

            shell.open_settings()
            await until(lambda: shell.settings_dialog is not None, what="Settings")
            d = shell.settings_dialog
            assert d.windowTitle() == "设置"
            assert [d.nav.item(i).text() for i in range(d.nav.count())] == [
                "账户", "服务器", "网络", "生成", "外观"]
            buttons = {b.objectName(): b.text() for b in d.buttons.buttons()}
            assert strip_mnemonic(buttons["okButton"]) == "确定"       # Qt's own translation
            assert strip_mnemonic(buttons["cancelButton"]) == "取消"
            lang = d.fields["ui.language"]
            assert lang.value() == "zh_CN" and lang.editor.currentText() == "简体中文"
            assert [lang.editor.itemText(i) for i in range(lang.editor.count())] == [
                "跟随系统", "English", "简体中文"]
            assert lang.note.text() == "界面显示的语言。下次启动应用时生效。"
            page = d.findChild(QWidget, "settingsPage_appearance")
            assert page.layout().labelForField(lang).text() == "语言："
            d.reject()
            await until(lambda: shell.settings_dialog is None, what="Settings closed")

            shell.show_about()
            # this shell's dialog: an earlier test's About may still await deletion
            about = next(t for t in qapp.topLevelWidgets()
                         if t.objectName() == "aboutDialog" and t.parent() is shell.window)
            facts = about.findChild(QLabel, "aboutFacts").text()
            assert "管理员配置文件" in facts and "（不存在）" in facts
            assert "(none)" not in facts
            about.close()
            shell.show_first_run()
            await until(lambda: getattr(shell, "first_run_dialog", None) is not None)
            assert shell.first_run_dialog.windowTitle() == "欢迎使用 GlobalAI Desktop"
            shell.first_run_dialog.reject()
    run(qloop, scenario(), timeout=60)
    # Everything the app asked Qt to translate on the way had a Chinese text (language
    # names are written in their own language on purpose).
    assert sorted(recorder.misses - {("Settings", "English"), ("Settings", "简体中文")}) == []


def test_english_stays_english(qapp, qloop, sim, language, recorder):
    language("en")

    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            w = shell.window
            assert shell.language == "en" and i18n.current_language() == "en"
            assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Edit", "&View",
                                                                 "&Help"]
            shell.open_settings()
            await until(lambda: shell.settings_dialog is not None, what="Settings")
            d = shell.settings_dialog
            assert d.windowTitle() == "Settings"
            assert d.fields["ui.language"].note.text() == (
                "Language of the interface. Takes effect the next time the app starts.")
            ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert strip_mnemonic(ok.text()) == "OK"
            d.reject()
    run(qloop, scenario(), timeout=60)
