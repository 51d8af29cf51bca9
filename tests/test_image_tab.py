"""The Image tab end to end against the simulator: what a person clicking it would see."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from globalai_desktop.domain.media import TaskState
from globalai_desktop.simulator import Fault
from globalai_desktop.ui.image.gallery_model import StateRole
from globalai_desktop.ui.tabs.image_tab import ImageTab
from tests.tasks_helpers import close_service, make_context, wait_for

BANANA = "/kyyReactApiServer/v1/banana/images"


@pytest.fixture
def tab_factory(sim, tmp_path, qtbot, qloop):
    made = []

    def make(key=None):
        ctx = make_context(sim, tmp_path, **({"key": key} if key else {}))
        tab = ImageTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1300, 800)
        tab.show()
        made.append(tab)
        return tab

    yield make

    async def close_all():
        for tab in made:
            await tab.shutdown()
            await close_service(tab.tasks)
    qloop.run_until_complete(close_all())


def run(qloop, coro, timeout=20):
    return qloop.run_until_complete(asyncio.wait_for(coro, timeout))


async def generate(tab, prompt, model=("nano-banana", "banana")):
    tab.form.set_model(*model)
    tab.form.set_value("prompt", prompt)
    tab.generate_button.click()
    await wait_for(lambda: not tab._submitting)
    return tab.tasks.list("image")[0]


async def finished(tab, task_id):
    return await wait_for(lambda: (t := tab.tasks.get(task_id)) and not t.state.active and t)


def test_generate_downloads_and_shows_the_image_in_gallery_and_preview(tab_factory, qloop, tmp_path):
    tab = tab_factory()

    async def scenario():
        await wait_for(lambda: tab.gallery_loaded)      # initial (empty) load has run
        task = await generate(tab, "an orange cat on a windowsill")
        card = tab.strip.card(task.id)
        shown_while_running = card.state_label.text()
        done = await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 1)
        await wait_for(lambda: tab.model.data(tab.model.index(0), StateRole) == "ready")
        await wait_for(lambda: tab.preview.view.has_image())
        return task, done, shown_while_running

    task, done, shown_while_running = run(qloop, scenario())
    assert shown_while_running in ("Sending", "Queued", "Generating")
    assert done.state is TaskState.DONE
    record = tab.model.record(0)
    assert record.prompt == "an orange cat on a windowsill"
    assert Path(record.path).parent == tmp_path / "media" / "images"
    assert tab.preview.record.id == record.id
    assert tab.strip.card(task.id).state_label.text() == "Done"
    assert tab.count_label.text() == "1 image"


def test_a_double_click_on_generate_creates_one_task(tab_factory, qloop, sim, qtbot):
    tab = tab_factory()
    sim.faults.add(Fault(kind="slow", path="/v1/banana/images", delay=0.5))

    async def scenario():
        tab.form.set_value("prompt", "one click, one task")
        qtbot.mouseClick(tab.generate_button, Qt.LeftButton)
        assert not tab.generate_button.isEnabled()
        tab.generate()                                   # a second click, even via shortcut
        qtbot.mouseDClick(tab.generate_button, Qt.LeftButton)
        await wait_for(lambda: not tab._submitting)
        assert tab.generate_button.isEnabled()

    run(qloop, scenario())
    assert sim.count("POST", BANANA) == 1
    assert len(tab.tasks.list("image")) == 1


def test_failed_task_shows_the_servers_reason_on_its_card(tab_factory, qloop, sim):
    tab = tab_factory()
    sim.faults.add(Fault(kind="task_fail", reason="Content policy violation: prompt rejected"))

    async def scenario():
        task = await generate(tab, "something the server refuses")
        return await finished(tab, task.id)

    done = run(qloop, scenario())
    card = tab.strip.card(done.id)
    assert card.state_label.text() == "Failed"
    assert "Content policy violation: prompt rejected" in card.message_label.text()
    assert card.buttons["resubmit"].isVisibleTo(card)
    assert tab.form.prompt() == "something the server refuses"     # the prompt is kept


def test_invalid_settings_are_explained_and_nothing_is_sent(tab_factory, qloop, sim):
    tab = tab_factory()

    async def scenario():
        tab.form.set_model("nano-banana", "banana")
        tab.generate_button.click()                      # empty prompt
        empty_prompt_text = tab.form.issues_label.text()
        tab.form.set_value("prompt", "a cat")
        tab.form.set_value("reference_images", ["file:///home/me/cat.png"])
        tab.generate_button.click()
        await asyncio.sleep(0.1)
        return empty_prompt_text

    empty_prompt_text = run(qloop, scenario())
    assert "Prompt is required" in empty_prompt_text
    assert "http" in tab.form.issues_label.text()
    assert sim.count("POST", BANANA) == 0
    assert tab.tasks.list() == []


def test_gallery_filters_by_prompt_text(tab_factory, qloop):
    tab = tab_factory()

    async def scenario():
        for prompt in ("A cat astronaut", "mountain lake", "Tabby CAT asleep"):
            task = await generate(tab, prompt)
            await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 3)
        tab.search.setText("cat")
        await wait_for(lambda: tab._filter_text == "cat")
        cats = sorted(r.prompt for r in tab.model.records())
        tab.search.setText("")
        await wait_for(lambda: tab._filter_text == "" and tab.model.rowCount() == 3)
        return cats

    assert run(qloop, scenario()) == ["A cat astronaut", "Tabby CAT asleep"]


def test_reuse_reference_and_animate_from_a_saved_image(tab_factory, qloop, qtbot):
    tab = tab_factory()
    handed_over = []
    tab.ctx.extras["video_tab_hook"] = handed_over.append

    async def scenario():
        task = await generate(tab, "paper-craft fox", model=("gpt-image-2", "image2"))
        tab.form.set_value("size", "1536x1024")
        await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 1)

    tab.form.set_model("gpt-image-2", "image2")
    tab.form.set_value("quality", "high")
    run(qloop, scenario())
    record = tab.model.record(0)
    tab.gallery.select_id(record.id)
    tab.form.set_model("nano-banana", "banana")
    tab.form.set_value("prompt", "something else")

    tab.actions.reuse.trigger()
    assert tab.form.model_id() == "gpt-image-2"
    assert tab.form.prompt() == "paper-craft fox"
    assert tab.form.params()["quality"] == "high"

    tab.actions.reference.trigger()
    assert tab.form.params()["reference_images"] == [record.source_url]

    window = QTabWidget()                       # the main window's tabs
    qtbot.addWidget(window)                     # lives until after the tab's shutdown
    window.addTab(tab, "Image")
    video_page = QWidget()
    video_page.setObjectName("videoTab")
    window.addTab(video_page, "Video")
    window.setCurrentWidget(tab)
    tab.actions.animate.trigger()
    assert handed_over == [record.source_url]
    assert window.currentWidget() is video_page
    window.removeTab(0)
    tab.setParent(None)


def test_expired_server_link_cannot_be_used_as_reference(tab_factory, qloop):
    tab = tab_factory()

    async def scenario():
        task = await generate(tab, "old picture")
        await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 1)
        rec = tab.model.record(0)
        await asyncio.to_thread(tab.library.update, rec.id, source_expires_at=1.0)
        await tab.reload_gallery()

    run(qloop, scenario())
    tab.gallery.select_id(tab.model.record(0).id)
    assert not tab.actions.reference.isEnabled()
    assert not tab.actions.animate.isEnabled()
    tab.use_as_reference(tab.model.record(0))
    assert "expired" in tab.status.text()


def test_delete_asks_first_and_removes_file_and_tile(tab_factory, qloop):
    tab = tab_factory()
    answers = []

    def confirm(title, text):
        answers.append(text)
        return len(answers) > 1          # "Cancel" the first time, "Yes" the second

    tab.actions.confirm = confirm

    async def scenario():
        task = await generate(tab, "to be deleted")
        await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 1)
        tab.gallery.select_id(tab.model.record(0).id)
        path = Path(tab.model.record(0).path)
        kept = await tab.actions.do_delete()
        exists_after_cancel = path.exists()
        gone = await tab.actions.do_delete()
        return path, kept, exists_after_cancel, gone

    path, kept, exists_after_cancel, gone = run(qloop, scenario())
    assert kept == [] and exists_after_cancel
    assert len(gone) == 1 and not path.exists()
    assert tab.model.rowCount() == 0 and tab.preview.record is None
    assert "to-be-deleted" in answers[0] or "Delete this image" in answers[0]


def test_save_as_copy_and_drag_out(tab_factory, qloop, tmp_path):
    tab = tab_factory()
    target = tmp_path / "exports" / "my-cat"
    target.parent.mkdir()
    tab.actions.ask_save_path = lambda suggested: str(target)

    async def scenario():
        task = await generate(tab, "cat to keep")
        await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 1)
        tab.gallery.select_id(tab.model.record(0).id)
        saved = await tab.actions.do_save_as()
        copied = await tab.actions.do_copy()
        return saved, copied

    saved, copied = run(qloop, scenario())
    original = Path(tab.model.record(0).path)
    assert saved == target.with_suffix(".png") and saved.read_bytes() == original.read_bytes()
    assert copied
    pasted = QGuiApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == (tab.model.record(0).width,
                                                 tab.model.record(0).height)
    drag = tab.model.mimeData([tab.model.index(0)])
    assert [u.toLocalFile() for u in drag.urls()] == [str(original)]


def test_preview_fit_and_actual_size(tab_factory, qloop):
    tab = tab_factory()

    async def scenario():
        task = await generate(tab, "zoom me")
        await finished(tab, task.id)
        await wait_for(lambda: tab.preview.view.has_image())

    run(qloop, scenario())
    view = tab.preview.view
    view.resize(200, 200)
    view.fit()
    fitted = view.zoom()
    tab.preview.act_actual.trigger()
    assert view.zoom() == pytest.approx(1.0)
    tab.preview.act_zoom_in.trigger()
    assert view.zoom() > 1.0
    assert fitted < 1.0                               # a 512 px image fits a 200 px view
    assert tab.preview.zoom_label.text() == f"{round(view.zoom() * 100)}%"


def test_quitting_mid_task_and_starting_again_finishes_it(sim, tmp_path, qtbot, qloop):
    async def scenario():
        ctx = make_context(sim, tmp_path)
        first = ImageTab(ctx)
        qtbot.addWidget(first)
        task = await generate(first, "survives a restart")
        await first.shutdown()
        await close_service(first.tasks)                 # the app quits, task still queued
        assert first.tasks.get(task.id).state is TaskState.QUEUED

        second = ImageTab(make_context(sim, tmp_path))   # the app starts again
        qtbot.addWidget(second)
        done = await finished(second, task.id)
        await wait_for(lambda: second.model.rowCount() == 1)
        card_text = second.strip.card(task.id).state_label.text()
        await second.shutdown()
        await close_service(second.tasks)
        return done, card_text

    done, card_text = run(qloop, scenario())
    assert done.state is TaskState.DONE and card_text == "Done"
    assert sim.count("POST", BANANA) == 1


def test_rejected_key_goes_to_the_error_dialog_and_keeps_the_prompt(tab_factory, qloop):
    tab = tab_factory(key="sk-not-a-valid-key-000000000")

    async def scenario():
        task = await generate(tab, "keep me")
        return task

    task = run(qloop, scenario())
    assert task.state is TaskState.FAILED
    [(exc, _action, _retry)] = tab.ctx.errors.reports
    assert type(exc).__name__ == "AuthenticationError"
    assert tab.form.prompt() == "keep me"
    assert "refused" in tab.status.text()


def test_details_name_settings_and_values_as_the_form_does(tab_factory, qloop):
    """The preview's facts use the catalog's words ("Quality: High"), not wire values."""
    tab = tab_factory()

    async def scenario():
        await wait_for(lambda: tab.gallery_loaded)
        tab.form.set_model("gpt-image-2", "image2")
        tab.form.set_value("quality", "high")
        task = await generate(tab, "a lighthouse at dusk", model=("gpt-image-2", "image2"))
        await finished(tab, task.id)
        await wait_for(lambda: tab.model.rowCount() == 1)
        await wait_for(lambda: tab.preview.record is not None)

    run(qloop, scenario())
    facts = tab.preview.details.facts()
    assert facts.get("Quality") == "High", facts
    assert "quality" not in facts
