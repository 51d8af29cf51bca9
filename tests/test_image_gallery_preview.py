"""The preview canvas, its details and the look of gallery tiles, checked the way a person
would notice them: where the picture goes under the pointer, what the toolbar shows, what
the words say, and what is painted where."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton

from globalai_desktop.services.thumbnails import ThumbnailService
from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.ui.image.details import duration_words, link_words, made_words
from globalai_desktop.ui.image.gallery import GalleryView
from globalai_desktop.ui.image.gallery_delegate import PAD
from globalai_desktop.ui.image.gallery_model import GalleryModel, StateRole
from globalai_desktop.ui.image.preview import ImagePreview
from globalai_desktop.ui.image.zoom_view import STEP


def picture(path: Path, w: int, h: int, color: str = "#3070c0") -> str:
    img = QImage(w, h, QImage.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path))
    return str(path)


def record(path: str, rid: int = 1, **kw) -> MediaRecord:
    now = time.time()
    values = dict(id=rid, path=path, kind="image", prompt="a lighthouse at night, bold shapes",
                  params={"prompt": "x", "aspect_ratio": "16:9", "resolution": "2k"},
                  family_id="banana", model="nano-banana", created_at=now, size=123_456,
                  width=1600, height=1200, source_url="https://cdn.example.test/a.png",
                  source_expires_at=now + 5 * 3600)
    values.update(kw)
    return MediaRecord(**values)


@pytest.fixture
def preview(qtbot, tmp_path):
    p = ImagePreview()
    qtbot.addWidget(p)
    p.resize(640, 760)
    p.show()
    qtbot.waitExposed(p)
    rec = record(picture(tmp_path / "big.png", 1600, 1200))
    with qtbot.waitSignal(p.loaded, timeout=5000):
        p.show_record(rec)
    yield p
    p.loader.wait()


def wheel(widget, pos: QPointF, dy: int, mods=Qt.NoModifier) -> None:
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, dy), Qt.NoButton,
                        mods, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_ctrl_wheel_zooms_about_the_pointer_and_a_plain_wheel_does_not_zoom(preview):
    view = preview.view
    fitted = view.zoom()
    assert view.is_fit() and fitted < 1.0
    at = QPointF(view.viewport().width() * 0.3, view.viewport().height() * 0.4)
    under = view.mapToScene(at.toPoint())
    wheel(view.viewport(), at, 120, Qt.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * STEP, rel=1e-3)
    after = view.mapToScene(at.toPoint())
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3
    assert preview.zoom_label.text() == f"{round(view.zoom() * 100)}%"
    zoom = view.zoom()
    wheel(view.viewport(), at, -120)
    assert view.zoom() == pytest.approx(zoom)


def test_double_click_toggles_fit_and_actual_pixels(preview, qtbot):
    view = preview.view
    at = QPoint(200, 150)
    under = view.mapToScene(at)
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=at)
    assert view.zoom() == pytest.approx(1.0) and not view.is_fit()
    assert preview.act_actual.isChecked() and not preview.act_fit.isChecked()
    after = view.mapToScene(at)
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=at)
    assert view.is_fit() and view.zoom() < 1.0
    assert preview.act_fit.isChecked() and not preview.act_actual.isChecked()


def test_drag_pans_a_zoomed_image_and_a_fitted_one_stays_put(preview, qtbot):
    from PySide6.QtWidgets import QGraphicsView
    view = preview.view
    assert view.dragMode() == QGraphicsView.NoDrag           # nothing to pan at fit
    view.actual_size()
    assert view.dragMode() == QGraphicsView.ScrollHandDrag
    start = view.scroll_point()
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.LeftButton, pos=QPoint(300, 300))
    for x, y in ((280, 290), (250, 270), (200, 240)):
        qtbot.mouseMove(vp, QPoint(x, y))
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=QPoint(200, 240))
    moved = view.scroll_point() - start
    assert moved.x() > 50 and moved.y() > 30                # the picture followed the hand


def test_toolbar_shows_the_zoom_once_with_keys_in_the_tooltips(preview):
    shown = []
    for button in preview.toolbar.findChildren(QToolButton):
        if not button.isVisible() or button.objectName().startswith("qt_"):
            continue
        if button.toolButtonStyle() != Qt.ToolButtonIconOnly or button.icon().isNull():
            shown.append(button.text())
    assert [t for t in shown if "%" in t] == [preview.zoom_label.text()]
    assert preview.act_zoom_in.toolTip().endswith("(+)")
    assert preview.act_fit.toolTip().endswith("(0)")
    assert preview.act_actual.toolTip().endswith("(1)")
    for act in (preview.act_fit, preview.act_actual, preview.act_zoom_in, preview.act_zoom_out):
        button = preview.toolbar.widgetForAction(act)
        assert button.accessibleName() and button.objectName().endswith("Button")
        assert button.iconSize() == preview.toolbar.iconSize()


def _ink(icon, size=18) -> QColor:
    """The darkest-or-lightest opaque colour an icon is drawn with."""
    img = icon.pixmap(size, size).toImage()
    inks = [img.pixelColor(x, y) for x in range(img.width()) for y in range(img.height())
            if img.pixelColor(x, y).alpha() > 250]
    assert inks, "icon draws nothing"
    return inks[0]


def test_toolbar_icons_take_the_text_colour_of_light_and_dark_palettes(preview):
    for text in ("#1d2330", "#e6e8ec"):
        pal = QPalette(preview.palette())
        pal.setColor(QPalette.ButtonText, QColor(text))
        pal.setColor(QPalette.Window, QColor("#ffffff" if text == "#1d2330" else "#1f2228"))
        preview.setPalette(pal)
        QApplication.processEvents()
        for act in (preview.act_fit, preview.act_zoom_in):
            ink = _ink(act.icon())
            assert abs(ink.lightness() - QColor(text).lightness()) < 20, (text, ink.name())


def test_a_small_image_is_not_blown_up_to_fit(preview, qtbot, tmp_path):
    small = record(picture(tmp_path / "small.png", 120, 90), rid=2, width=120, height=90)
    with qtbot.waitSignal(preview.loaded, timeout=5000):
        preview.show_record(small)
    assert preview.view.is_fit() and preview.view.zoom() == pytest.approx(1.0)
    assert preview.zoom_label.text() == "100%"


def test_details_read_as_words_and_the_prompt_can_be_copied(preview, qtbot):
    preview.field_label = lambda _f, _m, name: {"aspect_ratio": "Aspect ratio",
                                                "resolution": "Resolution"}.get(name, name)
    rec = preview.record
    preview.show_record(record(rec.path, rid=3))
    facts = preview.details.facts()
    assert facts["Model"] == "nano-banana"
    assert facts["Aspect ratio"] == "16:9" and facts["Resolution"] == "2k"
    assert facts["Size"].startswith("1600 × 1200 px · ")
    assert facts["Created"].startswith("Today, ")
    assert facts["Server link"] == "Usable as a reference for about 5 hours."
    prompt = preview.details.prompt
    assert prompt.text() == "a lighthouse at night, bold shapes"
    assert prompt.textInteractionFlags() & Qt.TextSelectableByMouse
    assert prompt.textInteractionFlags() & Qt.TextSelectableByKeyboard
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(preview.details.copy_prompt_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == "a lighthouse at night, bold shapes"
    assert preview.details.copy_prompt_button.text() == "Copied"


def test_time_words():
    assert duration_words(20) == "less than a minute"
    assert duration_words(60) == "1 minute"
    assert duration_words(45 * 60) == "45 minutes"
    assert duration_words(23.4 * 3600) == "23 hours"
    assert duration_words(3 * 86400 + 100) == "3 days"
    now = 1_800_000_000.0
    base = dict(path="/x.png", rid=1)
    assert link_words(record(**base, source_expires_at=now + 40 * 60), now) == (
        "Usable as a reference for about 40 minutes.", "valid")
    words, state = link_words(record(**base, source_expires_at=now - 2 * 86400), now)
    assert state == "expired" and words.startswith("Expired 2 days ago.")
    assert link_words(record(**base, source_url=None), now)[1] == "none"
    assert made_words(now - 86400, now).startswith("Yesterday, ")
    assert not made_words(now - 10 * 86400, now).startswith(("Today", "Yesterday"))


@pytest.fixture
def gallery(qtbot, tmp_path):
    thumbs = ThumbnailService(tmp_path / "thumbs")
    model = GalleryModel(thumbs)
    view = GalleryView(model)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    records = [record(picture(tmp_path / f"t{i}.png", 400, 400, "#20a060"), rid=i + 1,
                      width=400, height=400) for i in range(3)]
    model.set_records(records)
    qtbot.waitUntil(lambda: all(model.data(model.index(r), StateRole) == "ready"
                                for r in range(3)), timeout=5000)
    yield view
    thumbs.shutdown()


def test_tile_caption_sits_below_the_picture_and_selection_rings_the_tile(gallery, qtbot):
    view = gallery
    idx = view.model().index(0)
    view.selectionModel().clearSelection()
    view.viewport().repaint()
    rect = view.visualRect(idx)
    plain = view.viewport().grab().toImage()
    view.select_id(1)
    view.viewport().repaint()
    chosen = view.viewport().grab().toImage()
    dpr = plain.devicePixelRatio()
    px = lambda img, x, y: img.pixelColor(round(x * dpr), round(y * dpr))  # noqa: E731

    tile = view.delegate.tile
    left = rect.center().x() - tile // 2 + 1
    side = tile - 2 - 2 * PAD
    top = rect.top() + 1 + PAD
    green = QColor("#20a060")
    # The picture is untouched by any caption, selected or not: every sampled pixel of
    # its lower half (where captions used to be drawn) is the picture's own colour.
    for img in (plain, chosen):
        for fy in (0.55, 0.7, 0.85, 0.95):
            for fx in (0.1, 0.5, 0.9):
                c = px(img, left + PAD + side * fx, top + side * fy)
                assert abs(c.green() - green.green()) < 12 and abs(c.red() - green.red()) < 12
    # The caption is below the picture: text ink appears there.
    text = view.palette().color(QPalette.Text)
    band_top = top + side + 4
    inked = any(abs(px(plain, x, y).lightness() - text.lightness()) < 60
                for x in range(left + PAD, left + PAD + side) for y in range(band_top, band_top + 14))
    assert inked
    # Selection: a ring in the highlight colour along the tile's edge.
    hl = view.palette().color(QPalette.Highlight)
    mid = rect.top() + rect.height() // 2

    def ringed(img) -> bool:
        return any(abs(px(img, x, mid).blue() - hl.blue()) < 30
                   and abs(px(img, x, mid).red() - hl.red()) < 30 for x in range(left - 1, left + 4))
    assert ringed(chosen) and not ringed(plain)
