"""What each model takes, and how bad form input is turned into a clear message.

Every case here is something a person can do in a form (or a client bug can send); the
assertion is on the field that gets marked and on words of the sentence they read.
"""

from __future__ import annotations

import pytest

from globalai_desktop.catalog import load_catalog

URL = "https://example.com/a.jpg"
VID = "https://example.com/a.mp4"
AUD = "https://example.com/a.mp3"


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def names(cat, fid, mid):
    return {s.name for s in cat.family(fid).fields_for(mid)}


def spec(cat, fid, mid, name):
    return cat.family(fid).field(mid, name)


# --- model-specific overrides -------------------------------------------------------------

def test_veo_4k_only_on_fast_and_pro(cat):
    for mid in ("veo_3_1_fast", "veo_3_1_pro"):
        assert spec(cat, "veo", mid, "resolution").choices == ("720p", "1080p", "4K")
    for mid in ("veo_3_1_pro_stable", "veo_3_1_fast_stable"):
        assert "4K" not in spec(cat, "veo", mid, "resolution").choices
    issues = cat.family("veo").validate("veo_3_1_pro_stable", {"prompt": "x", "resolution": "4K"})
    assert [i.field for i in issues] == ["resolution"]
    assert "720p, 1080p" in issues[0].message and "VEO 3.1 Pro (stable)" in issues[0].message


def test_veo_fast_stable_has_only_the_frame_mode(cat):
    assert "reference_images" not in names(cat, "veo", "veo_3_1_fast_stable")
    assert {"first_image", "last_image"} <= names(cat, "veo", "veo_3_1_fast_stable")
    assert cat.family("veo").exclusive_groups_for("veo_3_1_fast_stable") == []
    assert spec(cat, "veo", "veo_3_1_pro", "reference_images").max_items == 3
    issues = cat.family("veo").validate("veo_3_1_fast_stable", {"prompt": "x", "reference_images": [URL]})
    assert issues[0].field == "reference_images" and "does not take Reference images" in issues[0].message


def test_grok_durations_per_model(cat):
    assert (spec(cat, "grok", "grok_video3", "duration").minimum,
            spec(cat, "grok", "grok_video3", "duration").maximum) == (6, 30)
    assert spec(cat, "grok", "grok_video3_max", "duration").choices == (6, 10, 12, 16, 20, 30)
    assert "duration" not in names(cat, "grok", "grok_video3_pro")      # fixed 10 s, don't send
    assert "duration" not in names(cat, "grok", "grok_video3_stable")   # mirrors disagree: fixed
    assert spec(cat, "grok", "grok_video3_stable", "resolution").choices == ("720p",)
    assert spec(cat, "grok", "grok_video3_max", "reference_images").max_items == 5
    assert not spec(cat, "grok", "grok_video3_max", "reference_images").allows_data_url
    issues = cat.family("grok").validate("grok_video3_max", {"prompt": "x", "duration": 7})
    assert issues[0].message == "Duration must be one of 6, 10, 12, 16, 20, 30 seconds for Grok Video 3 Max."


def test_seedance2_standard_models_require_reference_videos(cat):
    fam = cat.family("seedance2")
    for mid in ("seedance_2_0", "seedance_2_0_fast"):
        assert spec(cat, "seedance2", mid, "reference_videos").required
        assert "first_image" not in names(cat, "seedance2", mid)
        issues = fam.validate(mid, {"prompt": "x", "reference_images": [URL]})
        assert [i.field for i in issues] == ["reference_videos"]
        assert "Reference videos is required" in issues[0].message
        assert fam.validate(mid, {"prompt": "x", "reference_videos": [VID]}) == []
    for mid in ("seedance_2_0_pro", "seedance_2_0_fast_pro"):
        assert not spec(cat, "seedance2", mid, "reference_videos").required
    assert "reference_videos" not in names(cat, "seedance2", "kyyvideo2_pro")
    assert fam.model("kyyvideo2").legacy and not fam.model("seedance_2_0").legacy
    assert "kyyvideo2" not in {m.id for m in fam.current_models()}


def test_gpt_image2_quality_only_for_gpt_image_2(cat):
    assert spec(cat, "image2", "gpt-image-2", "quality").choices == ("low", "medium", "high")
    assert "quality" not in names(cat, "image2", "gpt-image-2-r")
    assert spec(cat, "image2", "gpt-image-2", "reference_images").max_items == 6
    assert spec(cat, "image2", "gpt-image-2-r", "reference_images").max_items == 16
    assert spec(cat, "image2", "gpt-image-2-r", "resolution").choices == ("1k",)


def test_nano_banana_2k_4k_only_for_pro_variants(cat):
    for mid in ("nano-banana-pro", "nano-banana-pro-stable"):
        assert spec(cat, "banana", mid, "resolution").choices == ("1k", "2k", "4k")
    for mid in ("nano-banana", "nano-banana-2", "nano-banana-2-stable"):
        s = spec(cat, "banana", mid, "resolution")
        assert s.choices == ("1k",) and "safe choice" in s.maintainer_note and not s.note
    assert spec(cat, "banana", "nano-banana", "aspect_ratio").wire_name == "size"


def test_happy_horse_modes(cat):
    i2v = names(cat, "happyhorse_i2v", "happyhorse-1.0-i2v")
    assert "aspect_ratio" not in i2v and spec(cat, "happyhorse_i2v", "happyhorse-1.0-i2v", "first_image").required
    r2v = spec(cat, "happyhorse_r2v", "happyhorse-1.0-r2v", "reference_images")
    assert (r2v.required, r2v.min_items, r2v.max_items) == (True, 1, 9)
    edit = spec(cat, "happyhorse_edit", "happyhorse-1.0-video-edit", "reference_videos")
    assert (edit.required, edit.min_items, edit.max_items) == (True, 1, 1)
    assert spec(cat, "happyhorse_edit", "happyhorse-1.0-video-edit", "audio_setting").choices == ("auto", "origin")


def test_sd2_manxue_reference_videos_need_a_video_model(cat):
    assert "reference_videos" not in names(cat, "sd2_manxue", "sd2_manxue_1080p")
    assert "reference_videos" in names(cat, "sd2_manxue", "sd2_manxue_video_1080p")
    assert cat.family("sd2_manxue").model("sd2_manxue_4k").resolution == "4k"


def test_x1_official_models_report_the_source_url(cat):
    fam = cat.family("seedance_x1")
    assert fam.model("seedance_2_0_x1_official").official_media_url
    assert not fam.model("seedance_2_0_x1_discount").official_media_url


# --- bad requests: (family, model, params, field marked, words in the message) ------------

BAD = [
    ("sora", "openAiSora2Pro", {}, "prompt", ["Prompt is required"]),
    ("sora", "openAiSora2Pro", {"prompt": "   "}, "prompt", ["Prompt is required"]),
    ("sora", "openAiSora2Pro", {"prompt": "x", "duration": 10}, "duration",
     ["Duration must be one of 4, 8, 12 seconds for Sora 2 Pro."]),
    ("sora", "openAiSora2Plus", {"prompt": "x", "aspect_ratio": "1:1"}, "aspect_ratio", ["16:9, 9:16"]),
    ("sora", "openAiSora2Plus", {"prompt": "x", "aspect_ratio": "16:9", "size": "1280x720"}, "size",
     ["aspect ratio or a pixel size", "Size (pixels)"]),
    ("sora", "openAiSora2Plus", {"prompt": "x", "reference_images": [URL, URL]}, "reference_images",
     ["Reference image", "at most 1"]),
    ("image2", "gpt-image-2", {"prompt": "x", "resolution": "2k", "size": "1024x1024"}, "resolution",
     ["resolution or a pixel size"]),
    ("image2", "gpt-image-2", {"prompt": "x", "resolution": "2k", "aspect_ratio": None}, "aspect_ratio",
     ["Aspect ratio is required when a resolution"]),
    ("image2", "gpt-image-2", {"prompt": "x", "quality": "ultra"}, "quality", ["Quality", "low, medium, high"]),
    ("image2", "gpt-image-2-r", {"prompt": "x", "quality": "high"}, "quality", ["GPT Image 2 (R) does not take Quality"]),
    ("banana", "nano-banana-2", {"prompt": "x", "resolution": "4k"}, "resolution", ["Resolution", "1k"]),
    ("banana", "nano-banana-pro", {"prompt": "x", "reference_images": [URL] * 7}, "reference_images",
     ["at most 6", "7 given"]),
    ("banana", "nano-banana-pro", {"prompt": "x", "reference_images": ["cat.jpg"]}, "reference_images",
     ["item 1", "http://"]),
    ("banana", "nano-banana-pro", {"prompt": "x", "reference_images": ["asset://asset-1"]}, "reference_images",
     ["cannot use asset://"]),
    ("banana", "nano-banana-foo", {"prompt": "x"}, "model", ["Unknown model 'nano-banana-foo'", "nano-banana-pro"]),
    ("veo", "veo_3_1_fast", {"prompt": "x", "first_image": URL, "reference_images": [URL]}, "first_image",
     ["first/last frames or reference images"]),
    ("veo", "veo_3_1_fast", {"prompt": "x", "last_image": URL}, "first_image", ["last frame needs a first frame"]),
    ("veo", "veo_3_1_fast", {"prompt": "x", "aspect_ratio": "16:9-1080p"}, "aspect_ratio", ["16:9, 9:16"]),
    ("vidu", "viduq3-pro", {"prompt": "x", "duration": 17}, "duration", ["from 1 to 16 seconds"]),
    ("vidu", "viduq3-pro", {"prompt": "x", "duration": "five"}, "duration", ["whole number"]),
    ("vidu", "viduq3-pro", {"prompt": "x", "first_image": "data:image/png;base64,AAAA"}, "first_image",
     ["data: URLs are not accepted"]),
    ("grok", "grok_video3_pro", {"prompt": "x", "duration": 10}, "duration", ["Grok Video 3 Pro does not take Duration"]),
    ("grok", "grok_video3_max", {"prompt": "x", "reference_images": ["data:image/png;base64,AAAA"]},
     "reference_images", ["data: URLs are not accepted"]),
    ("seedance15", "seedance_1_5_pro_720p", {"prompt": "x", "duration": 3}, "duration",
     ["from 4 to 12 seconds", "-1"]),
    ("seedance15", "seedance_1_5_pro_720p", {"prompt": "x", "generate_audio": "yes"}, "generate_audio",
     ["true or false"]),
    ("seedance15", "seedance_1_5_pro_720p", {"prompt": "猫" * 501}, "prompt", ["Chinese", "500"]),
    ("seedance15", "seedance_1_5_pro_720p", {"prompt": "cat " * 1001}, "prompt", ["1001 words", "1000"]),
    ("seedance2", "seedance_2_0_pro", {"prompt": "x", "first_image": URL, "reference_audios": [AUD]},
     "first_image", ["first/last frames or reference media"]),
    ("seedance2", "seedance_2_0_pro", {"prompt": "x", "first_image": "asset://"}, "first_image", ["asset://ID"]),
    ("seedance_x1", "seedance_2_0_x1_discount", {"prompt": "x", "reference_audios": [AUD]}, "first_frame",
     ["at least one image"]),
    ("seedance_x1", "seedance_2_0_x1_discount", {"prompt": "x", "first_frame": URL, "reference_videos": [VID]},
     "first_frame", ["first/last frames or reference images/videos"]),
    ("starvideos", "starvideos_o3", {"prompt": "x", "reference_images": [URL] * 5, "reference_videos": [VID]},
     "reference_images", ["at most 4 items together with a reference video"]),
    ("videos", "videos", {"prompt": "x", "duration": 5, "first_image": URL}, "last_image",
     ["First and last frame must be given together"]),
    ("videos", "videos", {"prompt": "x"}, "duration", ["Duration is required for Videos"]),
    ("videos", "videos", {"prompt": "x" * 1501, "duration": 5}, "prompt", ["1501 characters", "1500"]),
    ("videos", "videos_fast", {"prompt": "x", "duration": 5, "reference_audios": [AUD]}, "reference_audios",
     ["Videos Fast does not take Reference audio"]),
    ("sd2_manxue", "sd2_manxue_1080p", {"prompt": "x", "reference_images": [URL] * 10}, "reference_images",
     ["at most 9"]),
    ("omni_flash", "omni-flash", {"prompt": "x", "input_video": VID, "reference_images": [URL]}, "reference_images",
     ["Use only one of", "Input video"]),
    ("omni_flash", "omni-flash", {"prompt": "x", "input_video": "data:video/mp4;base64,AAAA"}, "input_video",
     ["data: URLs are not accepted"]),
    ("omni_flash", "omni-flash", {"prompt": "x", "duration": "15"}, "duration", ["one of 10 seconds"]),
    ("happyhorse_i2v", "happyhorse-1.0-i2v", {"prompt": "x"}, "first_image", ["First frame is required"]),
    ("happyhorse_i2v", "happyhorse-1.0-i2v", {"prompt": "x", "first_image": URL, "aspect_ratio": "16:9"},
     "aspect_ratio", ["Happy Horse 1.0 (image to video) does not take 'aspect_ratio'"]),
    ("happyhorse_r2v", "happyhorse-1.0-r2v", {"prompt": "x", "reference_images": []}, "reference_images",
     ["Reference images is required"]),
    ("happyhorse_t2v", "happyhorse-1.0-t2v", {"prompt": "马" * 2501}, "prompt", ["Chinese", "2500"]),
    ("happyhorse_t2v", "happyhorse-1.0-t2v", {"prompt": "x" * 5001}, "prompt", ["5001 characters"]),
    ("happyhorse_t2v", "happyhorse-1.0-t2v", {"prompt": "x", "seed": -1}, "seed", ["Seed", "from 0 to 2147483647"]),
    ("happyhorse_edit", "happyhorse-1.0-video-edit", {"prompt": "x", "reference_videos": [VID, VID]},
     "reference_videos", ["Source video", "at most 1"]),
    ("luxvid", "LuxVid_video", {"prompt": "x", "duration": 0}, "duration", ["from 1 to 15"]),
    ("luxvid", "LuxVid_video", {"prompt": "x", "motion": "fast"}, "motion", ["does not take 'motion'", "not a field of LuxVid"]),
]


@pytest.mark.parametrize("fid,mid,params,field,words", BAD,
                         ids=[f"{b[1]}-{b[3]}-{i}" for i, b in enumerate(BAD)])
def test_bad_input_is_rejected_with_a_message_naming_the_field(cat, fid, mid, params, field, words):
    issues = cat.family(fid).validate(mid, params)
    marked = [i for i in issues if i.field == field]
    assert marked, f"expected an issue on {field}, got {issues}"
    for word in words:
        assert any(word in i.message for i in marked), (word, marked)


# --- leniency where the contract allows it -------------------------------------------------

def test_veo_resolution_is_case_insensitive_and_sent_canonically(cat):
    fam = cat.family("veo")
    assert fam.build_body("veo_3_1_fast", {"prompt": "x", "resolution": "4k"})["resolution"] == "4K"
    assert fam.build_body("veo_3_1_fast", {"prompt": "x", "resolution": "1080P"})["resolution"] == "1080p"
    assert fam.validate_body({"model": "veo_3_1_pro", "prompt": "x", "resolution": "4k"}) == []


def test_happy_horse_needs_upper_case_p_on_the_wire_but_forms_are_fixed(cat):
    fam = cat.family("happyhorse_t2v")
    body = fam.build_body("happyhorse-1.0-t2v", {"prompt": "x", "resolution": "1080p"})
    assert body["resolution"] == "1080P"
    issues = fam.validate_body({"model": "happyhorse-1.0-t2v", "prompt": "x", "resolution": "1080p"})
    assert [i.field for i in issues] == ["resolution"] and "720P, 1080P" in issues[0].message


def test_form_numbers_given_as_text_are_sent_as_numbers(cat):
    body = cat.family("sora").build_body("openAiSora2Pro", {"prompt": "x", "duration": "8"})
    assert body["seconds"] == 8
    body = cat.family("vidu").build_body("viduq3-pro", {"prompt": "x", "duration": "12"})
    assert body["duration"] == 12


def test_luxvid_takes_a_single_frame_without_the_other(cat):
    fam = cat.family("luxvid")
    assert fam.validate("LuxVid_video", {"prompt": "x", "last_image": URL}) == []
    assert fam.validate("LuxVid_video", {"prompt": "x", "first_image": URL}) == []


def test_seedance15_lets_the_model_pick_the_duration(cat):
    body = cat.family("seedance15").build_body("seedance_1_5_pro_1080p", {"prompt": "x", "duration": -1})
    assert body["duration"] == -1


def test_empty_optionals_are_left_out_of_the_body(cat):
    body = cat.family("banana").build_body("nano-banana-pro", {
        "prompt": "x", "resolution": "2k", "aspect_ratio": "", "reference_images": []})
    assert body == {"model": "nano-banana-pro", "prompt": "x", "resolution": "2k"}


def test_blank_rows_in_a_list_do_not_count_as_a_mode(cat):
    fam = cat.family("veo")
    params = {"prompt": "x", "first_image": URL, "reference_images": ["", "  "]}
    assert fam.validate("veo_3_1_fast", params) == []
    assert "input_reference" not in fam.build_body("veo_3_1_fast", params)


def test_a_rejected_value_still_shows_its_clash(cat):
    issues = cat.family("veo").validate("veo_3_1_fast", {"prompt": "x", "first_image": "nope",
                                                         "reference_images": [URL]})
    assert {i.field for i in issues} == {"first_image"} and len(issues) == 2


def test_a_required_list_of_blank_rows_is_still_missing(cat):
    issues = cat.family("happyhorse_r2v").validate("happyhorse-1.0-r2v", {"prompt": "x", "reference_images": [" "]})
    assert [i.field for i in issues] == ["reference_images"] and "required" in issues[0].message
