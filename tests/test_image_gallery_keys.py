"""The Image tab's gallery driven from the keyboard and the tile menu, as a person would.

The tab runs on the app's real TaskService over the simulator; the gallery is filled with
images already in the media library (as after earlier sessions), so no test waits for a
generation.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from globalai_desktop.ui.image.gallery_model import StateRole
from globalai_desktop.ui.tabs.image_tab import ImageTab
from tests.tasks_helpers import close_service, make_context, wait_for

PROMPTS = ["a red fox in snow", "blue whale at dusk", "green tea field", "yellow taxi in rain"]
COLORS = ["#c0392b", "#2e6fd8", "#2e9e55", "#e0b020"]


def add_images(ctx, folder: Path, n: int = 4, *, expires_in: float = 3600.0) -> list:
    """Saved images in the media library, newest first in the gallery (PROMPTS[0] on top)."""
    library = ctx.extras["tasks"].library
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time()
    records = []
    for i in range(n):
        img = QImage(640, 480, QImage.Format_RGB32)
        img.fill(QColor(COLORS[i % len(COLORS)]))
        path = folder / f"img_{i}.png"
        assert img.save(str(path))
        records.append(library.add(
            path=path, kind="image", prompt=PROMPTS[i % len(PROMPTS)],
            params={"prompt": PROMPTS[i % len(PROMPTS)], "aspect_ratio": "4:3"},
            family_id="banana", model="nano-banana", created_at=now - i, width=640, height=480,
            source_url=f"https://cdn.example.test/{i}.png", source_expires_at=now + expires_in))
    return records


@pytest.fixture
def open_tab(sim, tmp_path, qtbot, qloop):
    made = []

    def make(n: int = 4, *, missing: tuple[int, ...] = (), **kw):
        ctx = make_context(sim, tmp_path)
        records = add_images(ctx, tmp_path / "media" / "images", n, **kw)
        for i in missing:                   # deleted behind the app's back
            Path(records[i].path).unlink()
        tab = ImageTab(ctx)          # closed below, after shutdown (not by qtbot)
        tab.resize(1300, 800)
        tab.show()
        tab.activateWindow()
        qtbot.waitExposed(tab)
        made.append(tab)
        run(qloop, wait_for(lambda: tab.model.rowCount() == n and
                            (n == 0 or tab.preview.view.has_image())))
        return tab

    yield make

    async def close_all():
        for tab in made:
            await tab.shutdown()
            await close_service(tab.tasks)
            tab.close()
            tab.deleteLater()
    qloop.run_until_complete(close_all())


def run(qloop, coro, timeout=15):
    return qloop.run_until_complete(asyncio.wait_for(coro, timeout))


def current_prompt(tab) -> str:
    return tab.gallery.currentIndex().data(Qt.DisplayRole)


def test_arrow_keys_move_between_tiles_and_the_preview_follows(open_tab, qtbot, qloop):
    tab = open_tab()
    g = tab.gallery
    g.setFocus()
    assert current_prompt(tab) == PROMPTS[0]
    qtbot.keyClick(g, Qt.Key_Right)
    assert current_prompt(tab) == PROMPTS[1]
    run(qloop, wait_for(lambda: tab.preview.record.prompt == PROMPTS[1]
                        and tab.preview.view.has_image()))
    qtbot.keyClick(g, Qt.Key_End)
    assert current_prompt(tab) == PROMPTS[3]
    qtbot.keyClick(g, Qt.Key_Home)
    assert current_prompt(tab) == PROMPTS[0]


def test_enter_opens_the_image_for_keyboard_zoom_and_escape_goes_back(open_tab, qtbot, qloop):
    tab = open_tab()
    g, view = tab.gallery, tab.preview.view
    g.setFocus()
    qtbot.keyClick(g, Qt.Key_Right)
    run(qloop, wait_for(lambda: tab.preview.record.prompt == PROMPTS[1]
                        and tab.preview.status.isHidden()))          # decoded and shown
    with qtbot.waitSignal(g.opened) as opened:
        qtbot.keyClick(g, Qt.Key_Return)
    assert opened.args[0].prompt == PROMPTS[1]
    assert view.hasFocus()                               # keys now zoom the picture
    assert tab.preview.status.isHidden()                 # no reload ("Loading…") on open
    fitted = view.zoom()
    qtbot.keyClick(view, Qt.Key_Plus)
    assert view.zoom() > fitted
    qtbot.keyClick(view, Qt.Key_1)
    assert view.zoom() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key_Minus)
    assert view.zoom() < 1.0
    qtbot.keyClick(view, Qt.Key_0)
    assert view.is_fit() and view.zoom() == pytest.approx(fitted)
    qtbot.keyClick(view, Qt.Key_Escape)
    assert g.hasFocus()
    assert current_prompt(tab) == PROMPTS[1]


def test_delete_key_asks_first_then_removes_the_tile(open_tab, qtbot, qloop):
    tab = open_tab()
    asked = []
    answers = iter([False, True])
    tab.actions.confirm = lambda title, text: asked.append(text) or next(answers)
    g = tab.gallery
    g.setFocus()
    qtbot.keyClick(g, Qt.Key_Right)
    path = Path(tab.model.record(1).path)
    qtbot.keyClick(g, Qt.Key_Delete)
    run(qloop, tab.actions.wait_idle())
    assert len(asked) == 1 and path.exists() and tab.model.rowCount() == 4   # "Cancel"
    qtbot.keyClick(g, Qt.Key_Delete)
    run(qloop, tab.actions.wait_idle())
    assert len(asked) == 2 and "Delete this image" in asked[1]
    assert not path.exists() and tab.model.rowCount() == 3
    assert PROMPTS[1] not in [r.prompt for r in tab.model.records()]


def test_ctrl_c_copies_the_image_and_ctrl_shift_c_its_prompt(open_tab, qtbot, qloop):
    tab = open_tab()
    g = tab.gallery
    g.setFocus()
    qtbot.keyClick(g, Qt.Key_Down)          # the tile below the first (or the last one)
    rec = g.selected_records()[0]
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(g, Qt.Key_C, Qt.ControlModifier)
    run(qloop, tab.actions.wait_idle())
    pasted = QGuiApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == (640, 480)
    assert pasted.pixelColor(10, 10) == QColor(COLORS[PROMPTS.index(rec.prompt)])
    qtbot.keyClick(g, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
    assert QGuiApplication.clipboard().text() == rec.prompt


def _open_menu(qtbot) -> QMenu:
    menus = []
    qtbot.waitUntil(lambda: bool(menus := [w for w in QApplication.topLevelWidgets()
                                           if isinstance(w, QMenu) and w.isVisible()
                                           and w.objectName() == "galleryMenu"]), timeout=3000)
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMenu) and w.isVisible() and w.objectName() == "galleryMenu"][0]


def test_menu_key_and_right_click_offer_the_tile_actions(open_tab, qtbot):
    tab = open_tab()
    g = tab.gallery
    g.setFocus()
    qtbot.keyClick(g, Qt.Key_Right)
    with qtbot.waitSignal(g.context_requested) as asked:
        qtbot.keyClick(g, Qt.Key_Menu)
    assert asked.args[0].prompt == PROMPTS[1]
    menu = _open_menu(qtbot)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert {"actSaveAs", "actCopyImage", "actCopyPrompt", "actOpenFolder", "actReuse",
            "actUseAsReference", "actAnimate", "actDelete"} <= set(names)
    assert all(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    assert all(not a.icon().isNull() for a in menu.actions() if not a.isSeparator())
    menu.close()

    third = g.visualRect(tab.model.index(2)).center()
    with qtbot.waitSignal(g.context_requested) as clicked:
        g.customContextMenuRequested.emit(third)     # what a right click on that tile sends
    assert clicked.args[0].prompt == PROMPTS[2]
    assert current_prompt(tab) == PROMPTS[2]         # the menu acts on the tile clicked
    _open_menu(qtbot).close()


def test_double_click_on_a_tile_opens_it_a_single_click_only_selects(open_tab, qtbot):
    tab = open_tab()
    g = tab.gallery
    opened = []
    g.opened.connect(opened.append)
    where = g.visualRect(tab.model.index(2)).center()
    qtbot.mouseClick(g.viewport(), Qt.LeftButton, pos=where)
    assert current_prompt(tab) == PROMPTS[2] and opened == []
    qtbot.mouseDClick(g.viewport(), Qt.LeftButton, pos=where)
    assert [r.prompt for r in opened] == [PROMPTS[2]]


def test_ctrl_minus_and_ctrl_wheel_change_the_tile_size_a_column_at_a_time(open_tab, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    tab = open_tab()
    g = tab.gallery

    def columns() -> int:
        return len({g.visualRect(tab.model.index(r)).x() for r in range(tab.model.rowCount())})

    start_cols, start_tile = columns(), g.delegate.tile
    g.setFocus()
    qtbot.keyClick(g, Qt.Key_Minus, Qt.ControlModifier)
    assert columns() == start_cols + 1 and g.delegate.tile < start_tile
    pos = QPointF(g.viewport().rect().center())
    for _ in range(2):
        event = QWheelEvent(pos, g.viewport().mapToGlobal(pos), QPoint(), QPoint(0, 120),
                            Qt.NoButton, Qt.ControlModifier, Qt.NoScrollPhase, False)
        QApplication.sendEvent(g.viewport(), event)
    assert columns() == start_cols - 1 and g.delegate.tile > start_tile
    # Still justified: the row of tiles spans the gallery's width, whatever their size.
    right = max(g.visualRect(tab.model.index(r)).right() for r in range(tab.model.rowCount()))
    assert g.viewport().width() - right < 40


def test_empty_gallery_says_what_to_do_and_a_fruitless_filter_says_so(open_tab, qloop):
    tab = open_tab(n=0)
    headline, body = tab.gallery.empty_texts()
    assert headline == "No images yet" and "Generate" in body
    tab.search.setText("zebra")
    run(qloop, wait_for(lambda: tab._filter_text == "zebra"))
    headline, body = tab.gallery.empty_texts()
    assert headline == "No images match “zebra”" and "clear the filter" in body


def test_a_tile_whose_file_is_gone_says_so_and_the_preview_too(open_tab, qloop, qtbot):
    tab = open_tab(missing=(3,))
    run(qloop, wait_for(lambda: tab.model.data(tab.model.index(3), StateRole) == "missing"))
    assert tab.model.data(tab.model.index(0), StateRole) == "ready"
    tab.gallery.select_id(tab.model.record(3).id)
    run(qloop, wait_for(lambda: tab.preview.status.isVisible()))
    assert "missing" in tab.preview.status.text()
    assert not tab.preview.act_zoom_in.isEnabled()


def test_expired_link_tooltip_does_not_stick_to_the_next_image(open_tab, qloop):
    tab = open_tab()
    rec = tab.model.record(0)
    run(qloop, asyncio.to_thread(tab.library.update, rec.id, source_expires_at=1.0))
    run(qloop, tab.reload_gallery())
    tab.gallery.select_id(rec.id)
    assert "expired" in tab.actions.reference.toolTip()
    tab.gallery.select_id(tab.model.record(1).id)
    assert tab.actions.reference.isEnabled()
    assert "expired" not in tab.actions.reference.toolTip()
    assert "Ctrl+Shift+R" in tab.actions.reference.toolTip()


def test_ctrl_c_on_selected_prompt_text_copies_that_text_not_the_image(open_tab, qtbot, qloop):
    tab = open_tab()
    label = tab.preview.details.prompt
    assert label.text() == PROMPTS[0]
    label.setFocus()
    label.setSelection(0, 5)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(label, Qt.Key_C, Qt.ControlModifier)
    run(qloop, tab.actions.wait_idle())
    assert QGuiApplication.clipboard().text() == PROMPTS[0][:5]
    assert QGuiApplication.clipboard().image().isNull()
    label.setSelection(0, 0)                     # nothing selected: Ctrl+C copies the image
    qtbot.keyClick(label, Qt.Key_C, Qt.ControlModifier)
    run(qloop, tab.actions.wait_idle())
    assert QGuiApplication.clipboard().image().width() == 640


def test_every_gallery_and_preview_control_is_named_for_assistive_technology(open_tab):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractScrollArea

    tab = open_tab()
    missing = []
    for root in (tab.gallery, tab.preview):
        for w in [root, *root.findChildren(QWidget)]:
            if not isinstance(w, (QAbstractButton, QAbstractItemView, QAbstractScrollArea)):
                continue
            if w.objectName().startswith("qt_") or w is tab.preview.details_scroll.viewport():
                continue
            if not w.objectName() or not w.accessibleName():
                missing.append(f"{type(w).__name__} {w.objectName()!r}")
    assert missing == []
