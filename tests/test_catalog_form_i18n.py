"""The Image and Video forms in Simplified Chinese: every catalog text a form asks Qt for has
a translation, no English is left in what the form shows (product and model names, file
formats and units aside), problems are explained in Chinese with the field's Chinese name,
and times, dates and keyring reasons follow the interface language too.  English stays
English."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from globalai_desktop.catalog import load_catalog
from globalai_desktop.ui import i18n
from globalai_desktop.ui.dialogs.about import AboutDialog
from globalai_desktop.ui.dialogs.first_run import FirstRunDialog
from globalai_desktop.ui.video.form_panel import VideoFormPanel
from globalai_desktop.ui.widgets.catalog_form import CatalogForm
from globalai_desktop.ui.widgets.catalog_text import setting_text
from globalai_desktop.ui.widgets.time_text import date_time_text, elapsed_text, when_text
from tests.test_i18n import MissRecorder

CATALOG = load_catalog()
HAN = re.compile(r"[\u4e00-\u9fff]")
# Words that stay as they are in Chinese: file formats, units, protocols, link schemes.
KEEP = {"px", "MB", "MP4", "MOV", "JPEG", "PNG", "WebP", "WAV", "MP3", "AWS", "OpenAI",
        "Gemini", "https", "http", "asset", "ID", "data", "URL", "Image", "GlobalAI", "Ctrl",
        "Enter"}


@pytest.fixture
def chinese(qapp):
    recorder = MissRecorder()
    qapp.installTranslator(recorder)
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield recorder
    i18n.uninstall(qapp)
    qapp.removeTranslator(recorder)
    QLocale.setDefault(QLocale.system())


def names_that_stay() -> set[str]:
    """Every word of a product or model name (they are not translated)."""
    words = set(KEEP)
    for fam in CATALOG.families.values():
        for text in [fam.label] + [m.label for m in fam.models] + [m.id for m in fam.models]:
            words.update(re.findall(r"[A-Za-z][A-Za-z0-9]*", text))
    return words


def english_words(text: str, keep: set[str]) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in keep]


def shown_texts(root: QWidget) -> list[str]:
    """What a person can read in ``root``: visible labels, buttons and drop-down items, and
    every tooltip."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.toolTip():
            out.append(w.toolTip())
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
            out += [w.itemData(i, 3) or "" for i in range(w.count())]     # item tooltips
    return [t for t in out if t]


MODELS = [(f.id, m.id) for f in CATALOG.video_families() for m in f.current_models()]


def test_every_video_model_reads_in_chinese(qapp, chinese):
    panel = VideoFormPanel(CATALOG)
    keep = names_that_stay()
    panel.resize(460, 900)
    panel.show()
    left_english = {}
    for family_id, model in MODELS:
        assert panel.form.set_model(model, family_id)
        for group, buttons, _box in panel.form._mode_groups:   # every input mode's fields
            for button in buttons.buttons():
                button.click()
                for text in shown_texts(panel):
                    words = english_words(text, keep)
                    if words:
                        left_english.setdefault(text, (model, words))
        for text in shown_texts(panel):
            words = english_words(text, keep)
            if words:
                left_english.setdefault(text, (model, words))
    panel.close()
    assert left_english == {}
    assert chinese.misses == set()
    # the family notes box speaks Chinese, not contract notes
    assert panel.form.set_model("seedance_2_0_pro", "seedance2")
    assert "关于 Seedance 2.0" in panel.notes_title.text()
    assert "素材" in panel.notes_text.text() and "camelCase" not in panel.notes_text.text()


def test_image_form_reads_in_chinese_and_names_its_choices(qapp, chinese):
    form = CatalogForm(CATALOG.image_families())
    keep = names_that_stay()
    form.show()
    for fam in CATALOG.image_families():
        for m in fam.current_models():
            assert form.set_model(m.id, fam.id)
            for text in shown_texts(form):
                assert english_words(text, keep) == [], (m.id, text)
    assert form.set_model("gpt-image-2", "image2")
    quality = form.editor("quality").combo
    assert [quality.itemText(i) for i in range(quality.count())] == ["低", "中", "高"]
    assert form.family_note.text().startswith("按质量计费")
    assert form.set_model("nano-banana-2-stable", "banana")
    assert "Nano Banana 2（稳定版）" in form.model_combo.currentText()
    form.close()
    assert chinese.misses == set()


def test_durations_and_problems_are_explained_in_chinese(qapp, chinese):
    panel = VideoFormPanel(CATALOG)
    form = panel.form
    assert form.set_model("openAiSora2Pro", "sora")
    seconds = form.editor("duration").combo
    assert [seconds.itemText(i) for i in range(seconds.count())] == ["4 秒", "8 秒", "12 秒"]
    assert form.set_model("seedance_1_5_pro_720p", "seedance15")
    combo = form.editor("duration").combo
    assert combo.itemText(combo.count() - 1) == "由模型决定（4-12 秒）"
    assert form.set_model("happyhorse-1.0-video-edit", "happyhorse_edit")
    audio = form.editor("audio_setting").combo
    assert [audio.itemText(i) for i in range(audio.count())] == ["生成新声音", "保留原声"]

    assert form.set_model("veo_3_1_fast", "veo")
    form.set_value("prompt", "海边的日出")
    form.set_value("last_image", "https://example.com/end.png")
    assert not panel.request_generate()
    text = form.issues_label.text()
    assert "使用尾帧时必须同时提供首帧。" in text
    form.set_value("first_image", "cat.jpg")
    assert "“首帧”必须是以 http:// 或 https:// 开头的网址。" in form.issues_label.text()
    assert chinese.misses == set()


def test_times_dates_and_settings_follow_the_language(qapp, chinese):
    assert elapsed_text(42) == "42 秒"
    assert elapsed_text(187) == "3:07"
    assert elapsed_text(3900) == "1 小时 05 分"
    march = time.mktime((2026, 3, 14, 15, 7, 0, 0, 0, -1))
    assert date_time_text(march) == "2026/3/14 15:07"
    assert when_text(march, now=march + 60) == "15:07"
    duration = CATALOG.family("sora").field("openAiSora2Pro", "duration")
    assert setting_text(duration, 8) == "8 秒"
    assert setting_text(CATALOG.family("seedance15").field("seedance_1_5_pro_720p",
                                                           "generate_audio"), True) == "开"
    assert chinese.misses == set()


def test_keyring_reasons_are_translated_where_shown(qapp, chinese):
    about = AboutDialog(version="1.0", facts=[("密钥环", "无可用密钥环 (not used in demo mode)")])
    facts = about.findChild(QLabel, "aboutFacts").text()
    assert "无可用密钥环（演示模式下不使用）" in facts and "demo" not in facts
    first = FirstRunDialog(keyring_name=None, keyring_problem=(
        "The keyring cannot be used: it would store the key in a plain file."))
    note = first.findChild(QLabel, "firstRunKeyringNote").text()
    assert "无法使用密钥环：它会把密钥保存在普通文件中。密钥仅在本次会话中保留" in note
    first = FirstRunDialog(keyring_name=None, keyring_problem=(
        "Could not read the key from the keyring (Secret Service locked)."))
    note = first.findChild(QLabel, "firstRunKeyringNote").text()
    assert "无法从密钥环读取密钥（Secret Service locked）" in note
    assert chinese.misses == set()


def test_english_stays_english(qapp):
    assert i18n.install(qapp, "en") == "en"
    try:
        panel = VideoFormPanel(CATALOG)
        assert panel.form.set_model("openAiSora2Pro", "sora")
        seconds = panel.form.editor("duration").combo
        assert seconds.itemText(0) == "4 seconds"
        assert "Videos are 4, 8 or 12 seconds long." in panel.notes_text.text()
        assert elapsed_text(3900) == "1 h 05 min"
        about = AboutDialog(version="1.0", facts=[("Keyring", "none usable (not used in demo mode)")])
        assert "none usable (not used in demo mode)" in about.findChild(QLabel, "aboutFacts").text()
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale.system())
