"""Every video family's form builds a request the simulator accepts; every mutually
exclusive combination is refused before anything is sent."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QToolButton

from globalai_desktop.catalog import CatalogValidationError, load_catalog
from globalai_desktop.services.tasks import TaskService
from globalai_desktop.ui.video.form_panel import VideoFormPanel
from tests.test_video_support import make_client, make_ctx

CATALOG = load_catalog()
MODELS = [(f.id, m.id) for f in CATALOG.video_families() for m in f.current_models()]
IMAGE = "https://example.com/media/frame.png"


def sample_value(spec, n: int = 1):
    """A value a person could type for ``spec`` (public links of the right kind)."""
    name = spec.name
    ext = ".mp4" if "video" in name else ".mp3" if "audio" in name else ".png"
    url = f"https://example.com/media/{name}{n}{ext}"
    if spec.kind == "url":
        return url
    if spec.kind == "url_list":
        return [url]
    if spec.kind == "choice":
        return spec.choices[0]
    if spec.kind in ("int", "number"):
        return spec.minimum if spec.minimum is not None else 1
    if spec.kind == "bool":
        return True
    return "A calm sea at sunrise, slow aerial shot"


def fill_valid(panel: VideoFormPanel, family_id: str, model: str) -> dict:
    """Choose the model, type a prompt, and fill whatever the form says is missing."""
    form = panel.form
    assert form.set_model(model, family_id), model
    form.set_value("prompt", f"A calm sea at sunrise, {model}")
    for _ in range(5):
        issues = form.issues()
        if not issues:
            break
        for issue in issues:
            editor = form.editor(issue.field)
            if editor is None:      # a rule on the request as a whole: give it an image
                editor = next(form.editor(s.name) for s in form.visible_fields()
                              if s.kind in ("url", "url_list"))
            form.set_value(editor.spec.name, sample_value(editor.spec))
    assert form.issues() == [], (model, form.issues())
    return form.params()


@pytest.fixture(scope="module")
def panel(qapp):
    return VideoFormPanel(CATALOG)


@pytest.mark.parametrize("family_id,model", MODELS)
def test_each_model_form_builds_a_request_the_simulator_accepts(sim, qloop, panel, family_id,
                                                                model):
    fill_valid(panel, family_id, model)
    sent = []
    panel.generate_requested.connect(lambda f, m, p: sent.append((f, m, p)))
    try:
        assert panel.request_generate()
    finally:
        panel.generate_requested.disconnect()
    (fid, mid, params), = sent
    assert (fid, mid) == (family_id, model)
    family = CATALOG.family(fid)
    body = family.build_body(mid, params)
    client = make_client(sim)

    async def send():
        try:
            return await client.create_task(family.path, body)
        finally:
            await client.aclose()
    created = qloop.run_until_complete(send())          # a 400 would raise here
    assert created.id
    assert sim.count("POST", "/kyyReactApiServer" + family.path) == 1


def _exclusive_cases():
    for fam in CATALOG.video_families():
        for m in fam.current_models():
            names = {s.name for s in fam.fields_for(m.id)}
            for group in fam.exclusive_groups_for(m.id):
                sides = [[n for n in side if n in names] for side in group.members]
                for a, b in itertools.combinations([s for s in sides if s], 2):
                    yield pytest.param(fam.id, m.id, a[0], b[0], id=f"{m.id}:{a[0]}+{b[0]}")


EXCLUSIVE = list(_exclusive_cases())


def test_the_catalog_has_exclusive_combinations_to_check():
    assert len(EXCLUSIVE) >= 20          # frames vs references, size vs ratio, …


@pytest.mark.parametrize("family_id,model,field_a,field_b", EXCLUSIVE)
def test_each_exclusive_combination_is_refused_before_sending(sim, tmp_path, qloop, panel,
                                                              family_id, model, field_a, field_b):
    params = fill_valid(panel, family_id, model)
    family = CATALOG.family(family_id)
    specs = {s.name: s for s in family.fields_for(model)}
    params[field_a] = sample_value(specs[field_a], 1)
    params[field_b] = sample_value(specs[field_b], 2)
    ctx = make_ctx(sim, tmp_path / "data")
    tasks = TaskService.for_context(ctx, poll_scale=0.01)

    async def submit():
        try:
            with pytest.raises(CatalogValidationError) as info:
                await tasks.submit(family_id, model, params, kind="video")
            return info.value
        finally:
            await tasks.shutdown()
            await ctx.client.aclose()
    err = qloop.run_until_complete(submit())
    said = " ".join(i.message for i in err.issues)
    assert specs[field_a].label in said and specs[field_b].label in said, said
    assert len(sim.requests) == 0                       # nothing left the machine
    assert tasks.list() == []                           # and nothing was billed or recorded
    tasks.ledger.close()
    tasks.library.close()


def test_the_form_sends_only_the_chosen_mode(qapp):
    """Switching between first/last frame and references keeps what was typed in each,
    but only the visible side is ever sent."""
    panel = VideoFormPanel(CATALOG)
    form = panel.form
    assert form.set_model("veo_3_1_fast", "veo")
    form.set_value("prompt", "A fox in the snow")
    form.set_value("first_image", IMAGE)
    assert form.params()["first_image"] == IMAGE
    assert form.set_value("reference_images", [IMAGE])        # switches the mode selector
    params = form.params()
    assert "reference_images" in params and "first_image" not in params
    assert form.issues() == []
    # Back to frames: the first frame typed earlier is still there.
    frames = [b for b in form.findChildren(QToolButton)
              if b.objectName().startswith("mode_") and b.isCheckable()
              and b.text().startswith("First")]
    frames[0].click()
    assert form.params().get("first_image") == IMAGE and "reference_images" not in form.params()


def test_invalid_settings_are_explained_and_nothing_is_emitted(qapp):
    panel = VideoFormPanel(CATALOG)
    assert panel.form.set_model("happyhorse-1.0-i2v", "happyhorse_i2v")
    panel.form.set_value("prompt", "A horse galloping")            # first frame is required
    sent = []
    panel.generate_requested.connect(lambda *a: sent.append(a))
    assert not panel.request_generate()
    assert sent == []
    assert panel.form.issues_label.isVisibleTo(panel)
    assert "first" in panel.form.issues_label.text().lower()
    assert "nothing was sent" in panel.status_label.text().lower()
    assert panel.form.prompt() == "A horse galloping"              # nothing typed is lost


@pytest.mark.parametrize("start_family,start_model", [("sora", "openAiSora2Plus"),
                                                      ("happyhorse_t2v", "happyhorse-1.0-t2v"),
                                                      ("vidu", "viduq3-pro")])
def test_use_reference_image_picks_an_image_to_video_model(qapp, start_family, start_model):
    panel = VideoFormPanel(CATALOG)
    assert panel.form.set_model(start_model, start_family)
    panel.form.set_value("prompt", "Make the cat blink")
    assert panel.use_reference_image(IMAGE)
    params = panel.form.params()
    assert IMAGE in (params.get("first_image"), params.get("first_frame"),
                     *(params.get("reference_images") or []))
    assert panel.form.prompt() == "Make the cat blink"             # the prompt is kept
    if start_family == "vidu":                                     # it could: it stayed
        assert panel.form.model_id() == "viduq3-pro"
    panel.form.set_value("prompt", "Make the cat blink")
    assert panel.form.issues() == []
