"""The catalog form offers exactly what a model takes and explains bad input before sending."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from globalai_desktop.catalog import load_catalog
from globalai_desktop.ui.widgets.catalog_fields import ChoiceEditor, UrlListEditor
from globalai_desktop.ui.widgets.catalog_form import CatalogForm

CATALOG = load_catalog()


def _models(families):
    return [(f, m) for f in families for m in f.models if not m.legacy]


@pytest.fixture
def image_form(qtbot):
    form = CatalogForm(CATALOG.image_families())
    qtbot.addWidget(form)
    return form


def _offered(editor):
    return [v for v in editor._values if v is not None]


@pytest.mark.parametrize("family,model", _models(CATALOG.image_families()),
                         ids=lambda x: getattr(x, "id", ""))
def test_image_form_offers_exactly_the_models_fields_and_values(image_form, family, model):
    assert image_form.set_model(model.id, family.id)
    specs = {s.name: s for s in family.fields_for(model.id)}
    assert set(image_form._editors) == set(specs)
    for name, editor in image_form._editors.items():
        if specs[name].kind == "choice":
            assert isinstance(editor, ChoiceEditor)
            assert _offered(editor) == list(specs[name].choices)


def test_nano_banana_offers_4k_only_on_pro_models(image_form):
    image_form.set_model("nano-banana", "banana")
    assert _offered(image_form.editor("resolution")) == ["1k"]
    image_form.set_model("nano-banana-pro", "banana")
    assert _offered(image_form.editor("resolution")) == ["1k", "2k", "4k"]
    image_form.set_model("gpt-image-2-r", "image2")
    assert image_form.editor("quality") is None          # quality is gpt-image-2 only


def test_resolution_and_size_are_a_mode_choice_never_sent_together(image_form, qtbot):
    image_form.set_model("gpt-image-2", "image2")
    image_form.set_value("prompt", "a lake")
    image_form.set_value("resolution", "2k")
    image_form.set_value("size", "1024x1024")          # switches the mode to "size"
    params = image_form.params()
    assert params["size"] == "1024x1024" and "resolution" not in params
    qtbot.mouseClick(image_form.findChild(QToolButton, "mode_resolution_or_size_0"),
                     Qt.LeftButton)
    params = image_form.params()
    assert params["resolution"] == "2k" and "size" not in params
    assert image_form.is_valid()


def test_bad_reference_link_is_explained_live(image_form, qtbot):
    image_form.set_model("nano-banana", "banana")
    image_form.set_value("prompt", "a cat")
    refs: UrlListEditor = image_form.editor("reference_images")
    refs.edit.setText("ftp://example.com/cat.png")
    qtbot.mouseClick(refs.add_button, Qt.LeftButton)
    assert not image_form.is_valid()
    assert image_form.issues_label.isVisibleTo(image_form)
    assert "http://" in image_form.issues_label.text()


def test_reference_list_respects_each_models_maximum(image_form):
    image_form.set_model("gpt-image-2-r", "image2")
    image_form.set_value("prompt", "collage")
    for i in range(16):
        assert image_form.add_reference_url(f"https://example.com/{i}.png")
    assert not image_form.add_reference_url("https://example.com/16.png")    # 16 is the max
    image_form.set_model("gpt-image-2", "image2")           # max 6: kept, but explained
    assert len(image_form.params()["reference_images"]) == 16
    assert not image_form.is_valid()
    assert "at most 6" in image_form.issues_label.text()


def test_missing_prompt_is_only_scolded_once_the_user_tries_to_send(image_form):
    assert image_form.issues_label.text() == ""
    assert not image_form.is_valid()
    assert not image_form.reveal_issues()
    assert "Prompt is required" in image_form.issues_label.text()


def test_values_survive_switching_models_and_reuse_restores_everything(image_form):
    image_form.set_model("nano-banana-pro", "banana")
    image_form.set_value("prompt", "a fox in snow")
    image_form.set_value("aspect_ratio", "21:9")
    image_form.set_model("gpt-image-2", "image2")
    assert image_form.params()["prompt"] == "a fox in snow"
    assert image_form.params()["aspect_ratio"] == "21:9"       # GPT Image 2 takes 21:9 too
    image_form.set_value("quality", "high")
    image_form.set_model("gpt-image-2-r", "image2")
    assert "quality" not in image_form.params()                # not a field of this model
    image_form.set_model("gpt-image-2", "image2")
    assert image_form.params()["quality"] == "high"            # remembered, not lost
    stored = {"prompt": "lake", "quality": "high", "aspect_ratio": "16:9", "size": "1536x1024"}
    assert image_form.set_params("image2", "gpt-image-2", stored)
    assert image_form.params() == stored


@pytest.mark.parametrize("family,model", _models(CATALOG.video_families()),
                         ids=lambda x: getattr(x, "id", ""))
def test_video_form_never_sends_both_sides_of_an_exclusive_group(qtbot, family, model):
    form = CatalogForm([family])
    qtbot.addWidget(form)
    assert form.set_model(model.id, family.id)
    for spec in form.visible_fields() + [e.spec for e in form._editors.values()]:
        if spec.kind == "url":
            form.set_value(spec.name, "https://example.com/a.png")
        elif spec.kind == "url_list":
            form.set_value(spec.name, ["https://example.com/b.png"])
    params = form.params()
    for group in family.exclusive_groups_for(model.id):
        sides = [side for side in group.members if any(m in params for m in side)]
        assert len(sides) <= 1, (group.name, params)
