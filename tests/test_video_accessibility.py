"""Every control of the Video tab can be found by assistive technology and by tests, and
the tab opens on the model chosen in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QComboBox, QLineEdit, QPlainTextEdit,
    QScrollBar, QTabBar, QWidget,
)

from globalai_desktop.domain.media import TaskState
from globalai_desktop.ui.widgets.catalog_form import CatalogForm
from tests.test_video_tab import open_app  # noqa: F401  (fixture)

CONTROLS = (QAbstractButton, QAbstractSlider, QComboBox, QLineEdit, QPlainTextEdit,
            QAbstractItemView)


def _inside(widget, kinds) -> bool:
    p = widget.parentWidget()
    while p is not None:
        if isinstance(p, kinds):
            return True
        p = p.parentWidget()
    return False


def test_every_video_tab_control_has_an_object_name_and_accessible_name(open_app, qloop, sim):
    async def scenario():
        app = await open_app()
        tid = await app.generate("vidu", "viduq3-turbo", "Accessibility check")
        await app.wait_state(tid, TaskState.DONE)          # cards with every action built
        missing = []
        for w in app.tab.findChildren(QWidget):
            if not isinstance(w, CONTROLS) or isinstance(w, (QScrollBar, QTabBar)):
                continue
            # The shared catalog form is checked by its own tests; Qt's internal parts of
            # combo boxes, line edits (clear button) and tab bars are not ours to name.
            if _inside(w, (CatalogForm, QComboBox, QLineEdit, QTabBar)):
                continue
            if w.objectName().startswith("qt_"):
                continue
            if not w.objectName() or not w.accessibleName():
                missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__} {w.parentWidget().objectName()!r}")
        assert missing == []
        await app.close()

    qloop.run_until_complete(scenario())


def test_the_tab_opens_on_the_model_chosen_in_settings(sim, tmp_path, qloop):
    from globalai_desktop.services.tasks import TaskService
    from globalai_desktop.ui.tabs.video_tab import VideoTab
    from tests.test_video_support import make_ctx

    async def scenario():
        ctx = make_ctx(sim, tmp_path / "data")
        ctx.settings.set("video.default_model", "veo_3_1_pro")
        tasks = TaskService.for_context(ctx, poll_scale=0.01)
        tab = VideoTab(ctx)
        try:
            assert tab.form_panel.form.family_id() == "veo"
            assert tab.form_panel.form.model_id() == "veo_3_1_pro"
            assert "VEO" in tab.form_panel.notes_title.text()
        finally:
            await tab.shutdown()
            await tasks.shutdown()
            tasks.ledger.close()
            tasks.library.close()
            ctx.extras["assets"].store.close()
            await ctx.client.aclose()
            ctx.settings.close()
            tab.deleteLater()

    qloop.run_until_complete(scenario())
