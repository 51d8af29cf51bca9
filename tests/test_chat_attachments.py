"""Image attachments: file, paste and drop; clear messages for bad input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from globalai_desktop.domain.chat import MessageState
from globalai_desktop.ui.chat import images
from tests.fixtures_sim import TEST_KEY
from tests.test_chat_support import (
    close_tab, last_reply, make_ctx, open_tab, run, settle, type_and_send, until,
)


@pytest.fixture
def ctx(sim, tmp_path):
    return make_ctx(tmp_path, sim.text_base_url, TEST_KEY)


def _png(path, w=64, h=48, color="red"):
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path), "PNG")
    return path


def test_a_non_image_file_gets_a_clear_message_and_nothing_is_lost(qtbot, qloop, ctx, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)
    notes = tmp_path / "notes.png"          # an image name, but text inside
    notes.write_text("just some text", encoding="utf-8")
    tab.composer.set_text("look at this")

    async def scenario():
        tab.composer.add_files([str(notes)])
        await until(lambda: not tab.composer.preparing)

    run(qloop, scenario())
    assert tab.composer.notice.isVisible()
    assert tab.composer.notice.text() == ("“notes.png” is not an image. Attach a PNG, JPEG, WebP "
                                          "or GIF picture.")
    assert tab.composer.attachments() == ()
    assert tab.composer.text() == "look at this"
    close_tab(qloop, tab, ctx)


def test_a_too_large_file_is_refused_with_its_size(qtbot, qloop, ctx, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)
    big = tmp_path / "huge.jpg"
    with open(big, "wb") as f:
        f.truncate(images.MAX_FILE_BYTES + 1024)

    async def scenario():
        tab.composer.add_files([str(big)])
        await until(lambda: not tab.composer.preparing)

    run(qloop, scenario())
    text = tab.composer.notice.text()
    assert "“huge.jpg” is too large (20.0 MB)" in text and "up to 20 MB" in text
    assert tab.composer.attachments() == ()
    close_tab(qloop, tab, ctx)


def test_image_from_file_is_sent_as_a_data_url_and_kept(qtbot, qloop, ctx, tmp_path, sim):
    tab = open_tab(qtbot, qloop, ctx)
    pic = _png(tmp_path / "red.png")

    async def scenario():
        tab.composer.add_files([str(pic)])
        await until(lambda: len(tab.composer.attachments()) == 1, what="chip")
        await type_and_send(qtbot, tab, "What colour is this?")
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE, what="reply")

    run(qloop, scenario())
    assert "I can see 1 image" in last_reply(tab).message.text      # the server got it
    body = [r.body for r in sim.requests if r.path.endswith("/v1/chat/completions")][-1]
    parts = body["messages"][-1]["content"]
    urls = [p["image_url"]["url"] for p in parts if p.get("type") == "image_url"]
    assert len(urls) == 1 and urls[0].startswith("data:image/png;base64,")
    user = tab.service.store.messages(tab.current.id)[0]
    assert user.attachments[0].name == "red.png" and user.attachments[0].width == 64
    assert tab.composer.attachments() == ()                          # chips cleared after send
    w = tab.view.message_widget(user.id)

    async def thumbs():
        await until(lambda: w._thumb_labels[0].pixmap() is not None
                    and not w._thumb_labels[0].pixmap().isNull(), what="thumbnail")

    run(qloop, thumbs())
    close_tab(qloop, tab, ctx)


def test_paste_and_drop_attach_images(qtbot, qloop, ctx, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)
    pic = _png(tmp_path / "blue.png", color="blue")

    async def scenario():
        pasted = QMimeData()
        img = QImage(30, 20, QImage.Format.Format_ARGB32)
        img.fill(QColor("green"))
        pasted.setImageData(img)
        tab.composer.edit.insertFromMimeData(pasted)            # Ctrl+V of a bitmap
        dropped = QMimeData()
        dropped.setUrls([QUrl.fromLocalFile(str(pic))])
        tab.composer.edit.insertFromMimeData(dropped)           # a dropped file
        await until(lambda: len(tab.composer.attachments()) == 2, what="two chips")

    run(qloop, scenario())
    names = sorted(a.name for a in tab.composer.attachments())
    assert names == ["blue.png", "pasted image.png"]
    assert all(a.data_url.startswith("data:image/png;base64,") for a in tab.composer.attachments())
    assert tab.composer.text() == ""                            # no file path pasted as text
    close_tab(qloop, tab, ctx)


def test_a_model_that_cannot_take_images_says_so(qtbot, qloop, ctx, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)
    pic = _png(tmp_path / "p.png")

    async def scenario():
        conv = await tab.new_conversation()
        # GPT over the Anthropic protocol takes no images (contract §3.2)
        await tab._save_settings(conv.with_(model="gpt-5.4", protocol="anthropic"))
        tab.composer.add_files([str(pic)])
        await settle()

    run(qloop, scenario())
    assert tab.composer.attachments() == ()
    assert "cannot take images" in tab.composer.notice.text()
    assert "GPT-5.4" in tab.composer.notice.text()
    close_tab(qloop, tab, ctx)


def test_large_images_are_scaled_down_to_fit_provider_limits(tmp_path):
    big = QImage(4000, 3000, QImage.Format.Format_RGB32)
    big.fill(QColor("white"))
    for prepared in (images.prepare_qimage(big, "screenshot.png"),
                     images.prepare_file(_png(tmp_path / "big.png", 4000, 3000, "white"))):
        att = prepared.attachment
        assert (att.width, att.height) == (images.MAX_SIDE, 1536)
        assert att.size_bytes <= images.MAX_SEND_BYTES
        import base64
        sent = QImage.fromData(base64.b64decode(att.data_url.split(",", 1)[1]))
        assert (sent.width(), sent.height()) == (images.MAX_SIDE, 1536)
        assert prepared.thumbnail.width() == images.THUMB_SIDE
