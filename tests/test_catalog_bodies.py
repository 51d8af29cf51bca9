"""Request bodies: what the client sends matches the contract, and the simulator's check
(``validate_body``) accepts everything the client builds and rejects what the server would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from globalai_desktop.catalog import load_catalog
from globalai_desktop.catalog.wire import wire_to_values

URL = "https://example.com/a.jpg"
VID = "https://example.com/a.mp4"
AUD = "https://example.com/a.mp3"
EXAMPLES_DIR = Path("/work/shared/api/examples")

# The contract's example create requests (api/examples/*_create_request.json), copied so the
# suite runs anywhere, each with the form parameters that should produce it.
EXAMPLES = {
    "image_banana_create_request.json": (
        {"prompt": "A cute orange cat sitting on a windowsill looking at the scenery outside",
         "resolution": "2k", "aspect_ratio": "16:9", "reference_images": ["https://example.com/reference1.jpg"]},
        {"model": "nano-banana-pro",
         "prompt": "A cute orange cat sitting on a windowsill looking at the scenery outside",
         "resolution": "2k", "size": "16:9", "image_urls": ["https://example.com/reference1.jpg"]}),
    "image_gpt_image2_create_request.json": (
        {"prompt": "A serene mountain lake at sunset, photorealistic", "quality": "high",
         "aspect_ratio": "16:9", "resolution": "2k", "reference_images": []},
        {"model": "gpt-image-2", "prompt": "A serene mountain lake at sunset, photorealistic",
         "quality": "high", "ratio": "16:9", "resolution": "2k", "image_urls": []}),
    "video_grok_create_request.json": (
        {"prompt": "A cat dancing in the rain, cinematic style", "duration": 10, "aspect_ratio": "16:9",
         "resolution": "720p", "reference_images": ["https://example.com/ref.jpg"]},
        {"model": "grok_video3", "prompt": "A cat dancing in the rain, cinematic style", "duration": 10,
         "aspect_ratio": "16:9", "resolution": "720p", "image_urls": ["https://example.com/ref.jpg"]}),
    "video_sd2_manxue_create_request.json": (
        {"prompt": "A girl jogging through a rainy neon-lit street with a cinematic push-in shot",
         "duration": 5, "aspect_ratio": "16:9", "reference_images": ["asset://asset_img_001"],
         "reference_audios": ["https://example.com/bgm.mp3"]},
        {"model": "sd2_manxue_1080p",
         "prompt": "A girl jogging through a rainy neon-lit street with a cinematic push-in shot",
         "duration": 5, "ratio": "16:9", "referenceImages": ["asset://asset_img_001"],
         "referenceAudios": ["https://example.com/bgm.mp3"]}),
    "video_seedance15_create_request.json": (
        {"prompt": "A cat yawning at the camera", "first_frame": "https://example.com/first.jpg",
         "last_frame": "https://example.com/last.jpg", "aspect_ratio": "adaptive", "duration": 5,
         "generate_audio": True},
        {"model": "seedance_1_5_pro_720p",
         "content": [{"type": "text", "text": "A cat yawning at the camera"},
                     {"type": "image_url", "image_url": {"url": "https://example.com/first.jpg"}, "role": "first_frame"},
                     {"type": "image_url", "image_url": {"url": "https://example.com/last.jpg"}, "role": "last_frame"}],
         "ratio": "adaptive", "duration": 5, "generate_audio": True}),
    "video_seedance2_create_request.json": (
        {"prompt": "A cat dancing in the rain, cinematic style", "duration": 10, "aspect_ratio": "16:9",
         "generate_audio": True, "first_image": "asset://asset-20260330142158-q75m8",
         "last_image": "https://example.com/last.jpg"},
        {"model": "seedance_2_0_pro", "prompt": "A cat dancing in the rain, cinematic style", "duration": 10,
         "aspect_ratio": "16:9", "generateAudio": True, "first_image": "asset://asset-20260330142158-q75m8",
         "last_image": "https://example.com/last.jpg"}),
    "video_seedance_x1_create_request.json": (
        {"resolution": "720p", "aspect_ratio": "16:9", "duration": 5, "prompt": "The character waves at the camera",
         "first_frame": "https://example.com/first.jpg", "reference_audios": ["https://example.com/voice.mp3"]},
        {"model": "seedance_2_0_x1_official", "resolution": "720p", "ratio": "16:9", "duration": 5,
         "content": [{"type": "text", "text": "The character waves at the camera"},
                     {"type": "image_url", "role": "first_frame", "image_url": {"url": "https://example.com/first.jpg"}},
                     {"type": "audio_url", "role": "reference_audio", "audio_url": {"url": "https://example.com/voice.mp3"}}]}),
    "video_sora_create_request.json": (
        {"prompt": "A cat dancing in the rain, cinematic style", "aspect_ratio": "16:9", "duration": 8,
         "reference_images": ["https://example.com/reference-1280x720.jpg"]},
        {"model": "openAiSora2Plus", "prompt": "A cat dancing in the rain, cinematic style", "aspect_ratio": "16:9",
         "seconds": 8, "input_reference": ["https://example.com/reference-1280x720.jpg"]}),
    "video_veo_create_request.json": (
        {"prompt": "A cat dancing in the rain, cinematic style", "aspect_ratio": "16:9", "resolution": "1080p",
         "reference_images": ["https://example.com/reference1.jpg", "https://example.com/reference2.jpg"]},
        {"model": "veo_3_1_fast", "prompt": "A cat dancing in the rain, cinematic style", "aspect_ratio": "16:9",
         "resolution": "1080p",
         "input_reference": ["https://example.com/reference1.jpg", "https://example.com/reference2.jpg"]}),
}


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def _without_empty_lists(body: dict) -> dict:
    # build_body leaves out empty optional lists; the contract's examples sometimes send [].
    return {k: v for k, v in body.items() if v != []}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_build_body_produces_the_contract_example(cat, name):
    params, expected = EXAMPLES[name]
    fam = cat.family_for_model(expected["model"])
    body = fam.build_body(expected["model"], params)
    assert body == _without_empty_lists(expected)
    assert fam.validate_body(expected) == []
    assert fam.validate_body(body) == []


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_copied_examples_match_the_shared_contract_files(name):
    path = EXAMPLES_DIR / name
    if not path.exists():
        pytest.skip("shared contract examples are not on this machine")
    assert json.loads(path.read_text(encoding="utf-8")) == EXAMPLES[name][1]


def test_every_family_with_a_create_example_is_covered(cat):
    covered = {cat.family_for_model(b["model"]).id for _, b in EXAMPLES.values()}
    assert covered == {"banana", "image2", "grok", "sd2_manxue", "seedance15", "seedance2",
                       "seedance_x1", "sora", "veo"}


def test_wire_bodies_map_back_to_the_same_form_values(cat):
    for params, body in EXAMPLES.values():
        fam = cat.family_for_model(body["model"])
        values, issues = wire_to_values(fam, body["model"], body)
        assert issues == []
        assert fam.build_body(body["model"], values) == _without_empty_lists(body)


# --- every model: what build_body makes, validate_body accepts ------------------------------

def _sample(spec):
    if spec.kind == "text":
        return "a red fox in the snow"
    if spec.kind == "choice":
        return spec.choices[-1]
    if spec.kind in ("int", "number"):
        return spec.maximum if spec.maximum is not None else spec.minimum or 1
    if spec.kind == "bool":
        return False
    if spec.kind == "url":
        return "asset://asset-1" if spec.accepts_asset else URL
    return [VID if "video" in spec.name else AUD if "audio" in spec.name else URL] * (spec.max_items or 1)


def _base_params(fam, mid):
    params = dict(fam.default_params(mid), prompt="a red fox in the snow")
    for spec in fam.fields_for(mid):
        if spec.required and spec.name not in params:
            params[spec.name] = _sample(spec)
    for rule in fam.rules_for(mid):
        if rule.kind == "any_of" and not any(params.get(n) for n in rule.fields):
            params[rule.fields[0]] = _sample(fam.field(mid, rule.fields[0]))
    return params


def _all_models(cat):
    return [(f.id, m.id) for f in cat.families.values() for m in f.models]


@pytest.mark.parametrize("fid,mid", _all_models(load_catalog()))
def test_every_built_body_is_accepted_by_validate_body(cat, fid, mid):
    fam = cat.family(fid)
    base = _base_params(fam, mid)
    assert fam.validate(mid, base) == []
    variants = [base]
    for spec in fam.fields_for(mid):                 # each optional field at its limit
        if spec.name not in base or spec.kind in ("choice", "int", "number"):
            variants.append({**base, spec.name: _sample(spec)})
    names = {s.name for s in fam.fields_for(mid)}
    for first, last in (("first_image", "last_image"), ("first_frame", "last_frame")):
        if {first, last} <= names:                   # both frames
            variants.append({**base, first: URL, last: URL})
    refs = {n: _sample(fam.field(mid, n)) for n in ("reference_images", "reference_videos",
                                                     "reference_audios") if n in names}
    variants.append({**base, **refs})                # every reference list at once
    built = 0
    for params in variants:
        if fam.validate(mid, params):
            continue                                 # e.g. a last frame alone: not buildable
        body = fam.build_body(mid, params)
        assert fam.validate_body(json.loads(json.dumps(body))) == [], (params, body)
        built += 1
    assert built >= max(1, len(variants) // 2)


# --- wire-only rules -----------------------------------------------------------------------

def test_validate_body_rejects_unknown_and_missing_models(cat):
    fam = cat.family("sora")
    issues = fam.validate_body({"model": "sora-2", "prompt": "x"})
    assert [i.field for i in issues] == ["model"] and "sora-2" in issues[0].message
    assert "openAiSora2Pro" in issues[0].message
    assert fam.validate_body({"prompt": "x"})[0].field == "model"
    assert fam.validate_body(["not", "an", "object"])[0].field == "body"


def test_validate_body_rejects_unknown_fields_and_fields_the_model_does_not_take(cat):
    issues = cat.family("grok").validate_body({"model": "grok_video3", "prompt": "x", "aspectRatio": "16:9"})
    assert issues[0].field == "aspectRatio" and "Unknown field" in issues[0].message
    issues = cat.family("grok").validate_body({"model": "grok_video3_pro", "prompt": "x", "duration": 10})
    assert issues[0].field == "duration" and "grok_video3_pro does not take 'duration'" in issues[0].message


def test_quality_is_ignored_for_gpt_image_2_r_as_documented(cat):
    assert cat.family("image2").validate_body({"model": "gpt-image-2-r", "prompt": "x", "quality": "high"}) == []


def test_wire_types_are_strict(cat):
    issues = cat.family("vidu").validate_body({"model": "viduq3-pro", "prompt": "x", "duration": "5"})
    assert issues[0].field == "duration" and "'duration'" in issues[0].message
    issues = cat.family("banana").validate_body({"model": "nano-banana", "prompt": "x", "image_urls": URL})
    assert issues[0].field == "image_urls" and "list" in issues[0].message


def test_duration_and_seconds_are_one_field_on_sora(cat):
    fam = cat.family("sora")
    assert fam.validate_body({"model": "openAiSora2Pro", "prompt": "x", "duration": 12}) == []
    issues = fam.validate_body({"model": "openAiSora2Pro", "prompt": "x", "duration": 8, "seconds": 8})
    assert [i.field for i in issues] == ["seconds"] and "'seconds' or 'duration'" in issues[0].message
    issues = fam.validate_body({"model": "openAiSora2Pro", "prompt": "x", "duration": 10})
    assert "4, 8, 12" in issues[0].message


def test_input_reference_and_image_urls_are_exclusive(cat):
    fam = cat.family("veo")
    assert fam.validate_body({"model": "veo_3_1_fast", "prompt": "x", "image_urls": [URL, URL]}) == []
    issues = fam.validate_body({"model": "veo_3_1_fast", "prompt": "x", "image_urls": [URL] * 4})
    assert issues[0].field == "input_reference" and "at most 3" in issues[0].message
    issues = fam.validate_body({"model": "veo_3_1_fast", "prompt": "x", "image_urls": [URL], "input_reference": [URL]})
    assert "not both" in issues[0].message


def test_wire_xor_groups(cat):
    issues = cat.family("sora").validate_body({"model": "openAiSora2Plus", "prompt": "x", "size": "1280x720",
                                               "aspect_ratio": "16:9"})
    assert issues and "'size'" in issues[0].message and "'aspect_ratio'" in issues[0].message
    issues = cat.family("sd2_manxue").validate_body({"model": "sd2_manxue_720p", "prompt": "x",
                                                     "first_image": URL, "referenceImages": [URL]})
    assert issues and issues[0].field == "first_image"


def test_sd2_manxue_legacy_frame_names(cat):
    fam = cat.family("sd2_manxue")
    assert fam.validate_body({"model": "sd2_manxue_720p", "prompt": "x", "image": URL, "lastFrameImage": URL}) == []
    assert fam.validate_body({"model": "sd2_manxue_720p", "prompt": "x", "image": URL, "first_image": URL}) == []
    issues = fam.validate_body({"model": "sd2_manxue_720p", "prompt": "x", "image": URL,
                                "first_image": "https://example.com/other.jpg"})
    assert issues[0].field == "first_image" and "conflict" in issues[0].message
    issues = fam.validate_body({"model": "sd2_manxue_720p", "prompt": "x", "lastFrameImage": URL})
    assert issues[0].field == "first_image"


def _x1(content, **extra):
    return {"model": "seedance_2_0_x1_discount", "content": content, **extra}


TEXT = {"type": "text", "text": "waves"}
IMG = {"type": "image_url", "image_url": {"url": URL}}


def test_seedance_x1_content_rules(cat):
    fam = cat.family("seedance_x1")
    assert fam.validate_body(_x1([TEXT, IMG])) == []                     # no role = first frame
    issues = fam.validate_body(_x1([TEXT, TEXT, IMG]))
    assert issues[0].field == "content" and "exactly one text item" in issues[0].message
    issues = fam.validate_body(_x1([IMG]))
    assert issues[0].field == "content" and "Prompt" in issues[0].message
    issues = fam.validate_body(_x1([TEXT, {"type": "audio_url", "role": "reference_audio", "audio_url": {"url": AUD}}]))
    assert "at least one image" in issues[0].message
    issues = fam.validate_body(_x1([TEXT, IMG, IMG]))
    assert "only one first frame" in issues[0].message
    issues = fam.validate_body(_x1([TEXT, {"type": "image_url", "image_url": {"url": URL}, "role": "style"}]))
    assert "role 'style'" in issues[0].message
    issues = fam.validate_body(_x1([TEXT, {"type": "gif_url", "gif_url": {"url": URL}}]))
    assert "unknown type 'gif_url'" in issues[0].message
    issues = fam.validate_body(_x1([TEXT, {"type": "image_url", "image_url": "oops"}]))
    assert "image_url.url" in issues[0].message
    issues = fam.validate_body(_x1("waves"))
    assert issues[0].field == "content" and "list" in issues[0].message


def test_seedance15_content_rules(cat):
    fam = cat.family("seedance15")
    ok = {"model": "seedance_1_5_pro_480p", "content": [TEXT, {"type": "text", "text": "slowly"}]}
    assert fam.validate_body(ok) == []                                   # at least one text
    issues = fam.validate_body({"model": "seedance_1_5_pro_480p", "content": [IMG]})
    assert issues[0].field == "content" and "Prompt" in issues[0].message
    ref = {"type": "image_url", "image_url": {"url": URL}, "role": "reference_image"}
    issues = fam.validate_body({"model": "seedance_1_5_pro_480p", "content": [TEXT, ref]})
    assert "reference_image" in issues[0].message
    last = {"type": "image_url", "image_url": {"url": URL}, "role": "last_frame"}
    issues = fam.validate_body({"model": "seedance_1_5_pro_480p", "content": [TEXT, last]})
    assert "last frame needs a first frame" in issues[0].message
    issues = fam.validate_body({"model": "seedance_1_5_pro_480p", "prompt": "x", "content": [TEXT]})
    assert issues[0].field == "prompt"                                   # no flat prompt here


def test_wire_choices_need_the_documented_type(cat):
    issues = cat.family("sora").validate_body({"model": "openAiSora2Pro", "prompt": "x", "seconds": "8"})
    assert issues[0].field == "seconds" and "4, 8, 12" in issues[0].message
    issues = cat.family("omni_flash").validate_body({"model": "omni-flash", "prompt": "x", "seconds": 10})
    assert issues[0].field == "seconds"
    assert cat.family("omni_flash").validate_body({"model": "omni-flash", "prompt": "x", "seconds": "10"}) == []
