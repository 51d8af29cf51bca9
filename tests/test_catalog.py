"""The model catalog covers the whole contract and drives lookups the app relies on.

Contract facts (endpoint paths, model names, per-model limits) are transcribed here from
GLOBALAI_API.md §2, §3, §5 and §8 so that a change to the data that drops or alters one is
caught.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from globalai_desktop.catalog import (Catalog, CatalogValidationError, FieldSpec, MediaFamily,
                                      TextModel, load_catalog)
from globalai_desktop.domain.text import Protocol

# §2 endpoint index: I1, I2, V1–V16 (create paths) → family id.
CREATE_PATHS = {
    "/v1/banana/images": "banana",
    "/v1/image2/images": "image2",
    "/v1/sora/videos": "sora",
    "/v1/veo/videos": "veo",
    "/v1/seedance/videos": "seedance15",
    "/v1/kyyvideo2/videos": "seedance2",
    "/v1/seedance-x1/videos": "seedance_x1",
    "/v1/vidu/videos": "vidu",
    "/v1/grok/videos": "grok",
    "/v1/starvideos/videos": "starvideos",
    "/v1/videos/videos": "videos",
    "/v1/sd2_manxue/videos": "sd2_manxue",
    "/v1/omni-flash/videos": "omni_flash",
    "/v1/happyhorse-t2v/videos": "happyhorse_t2v",
    "/v1/happyhorse-i2v/videos": "happyhorse_i2v",
    "/v1/happyhorse-r2v/videos": "happyhorse_r2v",
    "/v1/happyhorse-edit/videos": "happyhorse_edit",
    "/v1/luxvid-video/videos": "luxvid",
}

# §4 and §5 model lists (current and older names).
MODELS = {
    "banana": {"nano-banana", "nano-banana-2", "nano-banana-pro", "nano-banana-2-stable",
               "nano-banana-pro-stable"},
    "image2": {"gpt-image-2", "gpt-image-2-r"},
    "sora": {"openAiSora2Plus", "openAiSora2Pro"},
    "veo": {"veo_3_1_fast", "veo_3_1_pro", "veo_3_1_pro_stable", "veo_3_1_fast_stable"},
    "seedance15": {"seedance_1_5_pro_480p", "seedance_1_5_pro_720p", "seedance_1_5_pro_1080p"},
    "seedance2": {"seedance_2_0", "seedance_2_0_fast", "seedance_2_0_pro", "seedance_2_0_fast_pro",
                  "kyyvideo2", "kyyvideo2_fast", "kyyvideo2_pro", "kyyvideo2_fast_pro"},
    "seedance_x1": {"seedance_2_0_x1_official", "seedance_2_0_x1_discount",
                    "seedance_fast_2_0_x1_official", "seedance_fast_2_0_x1_discount"},
    "vidu": {"viduq3-pro", "viduq3-turbo"},
    "grok": {"grok_video3", "grok_video3_pro", "grok_video3_max", "grok_video3_stable"},
    "starvideos": {"starvideos_o3", "starvideos_v3"},
    "videos": {"videos", "videos_fast", "videos_stable", "videos_stable_fast"},
    "sd2_manxue": {f"sd2_manxue_{r}" for r in ("720p", "1080p", "2k", "4k", "fast_720p", "fast_1080p")}
                  | {f"sd2_manxue_video_{r}" for r in ("720p", "1080p", "2k", "4k", "fast_720p", "fast_1080p")},
    "omni_flash": {"omni-flash"},
    "happyhorse_t2v": {"happyhorse-1.0-t2v"},
    "happyhorse_i2v": {"happyhorse-1.0-i2v"},
    "happyhorse_r2v": {"happyhorse-1.0-r2v"},
    "happyhorse_edit": {"happyhorse-1.0-video-edit"},
    "luxvid": {"LuxVid_video_fast", "LuxVid_video"},
}

# §8.1 text models.
TEXT_BASES = {
    "gpt": (["gpt-5.4", "gpt-5.5"], ["", "official", "hc", "fd", "low"]),
    "claude": (["claude-haiku-4-5", "claude-opus-4-5", "claude-opus-4-6", "claude-opus-4-7",
                "claude-sonnet-4-5", "claude-sonnet-4-6"], ["", "official", "hc", "fd"]),
    "gemini": (["gemini-2.5-pro", "gemini-3-flash-preview", "gemini-3.1-pro-preview"],
               ["", "official", "low"]),
    "gemini-lite": (["gemini-2.5-flash-lite", "gemini-3.1-flash-lite-preview"], [""]),
}


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


def test_every_create_endpoint_of_the_contract_is_a_family(cat):
    assert sorted(cat.all_create_paths()) == sorted(CREATE_PATHS)
    for path, fid in CREATE_PATHS.items():
        assert cat.family_for_path(path).id == fid
        assert cat.family(fid).path == path


def test_family_ids_kinds_and_display_order(cat):
    assert set(cat.families) == set(CREATE_PATHS.values())
    assert [f.id for f in cat.image_families()] == ["banana", "image2"]
    videos = [f.id for f in cat.video_families()]
    assert videos[:3] == ["sora", "veo", "seedance15"] and len(videos) == 16
    assert all(f.result_field == "image_url" for f in cat.image_families())
    assert all(f.result_field == "video_url" for f in cat.video_families())


@pytest.mark.parametrize("fid", sorted(MODELS))
def test_every_model_of_the_contract_is_listed_once(cat, fid):
    fam = cat.family(fid)
    assert {m.id for m in fam.models} == MODELS[fid]
    for mid in MODELS[fid]:
        assert cat.family_for_model(mid) is fam
        assert fam.model(mid).label


def test_lookups_for_unknown_names(cat):
    assert cat.family_for_model("dall-e-3") is None
    assert cat.family_for_path("/v1/models") is None
    with pytest.raises(KeyError):
        cat.family("midjourney")
    with pytest.raises(KeyError):
        cat.family("veo").model("openAiSora2Pro")
    with pytest.raises(KeyError):
        cat.family("veo").fields_for("openAiSora2Pro")


def test_family_for_path_accepts_full_urls_and_base_paths(cat):
    base = "https://zcbservice.aizfw.cn/kyyReactApiServer"
    assert cat.family_for_path(base + "/v1/kyyvideo2/videos").id == "seedance2"
    assert cat.family_for_path("/kyyReactApiServer/v1/sd2_manxue/videos/").id == "sd2_manxue"
    # Route casing matters on the server, so it matters here too.
    assert cat.family_for_path("/v1/kyyVideo2/videos") is None


def test_polling_and_result_facts_follow_the_contract(cat):
    for fam in cat.families.values():
        assert 0 < fam.min_poll_interval_s <= fam.poll_interval_s
        assert fam.result_lifetime_s == 24 * 3600      # 24 h / 1 day (safe: shortest)
    assert cat.family("veo").min_poll_interval_s >= 30  # "poll no faster than every 30 s"
    assert 2 <= cat.family("banana").poll_interval_s <= 5
    assert 20 <= cat.family("seedance2").poll_interval_s <= 40
    assert 5 <= cat.family("luxvid").poll_interval_s <= 10
    assert "2-5 min" in cat.family("veo").typical_wait
    assert cat.family("videos").prompt_max_chars == 1500
    assert cat.family("luxvid").prompt_max_chars == 1500
    assert {f.id for f in cat.families.values() if f.accepts_asset_refs} == {
        "seedance15", "seedance2", "seedance_x1", "sd2_manxue"}


def test_every_text_model_of_the_contract_is_listed(cat):
    ids = {m.id for m in cat.text_models}
    expected = {f"{b}-{v}" if v else b for bases, variants in TEXT_BASES.values()
                for b in bases for v in variants}
    assert ids == expected
    assert len(cat.text_models) == 45
    m = cat.text_model("claude-opus-4-6-hc")
    assert (m.family, m.base, m.variant) == ("claude", "claude-opus-4-6", "hc")
    assert cat.text_model("claude-opus-4-6-low") is None     # Claude has no -low
    assert cat.text_model("gemini-2.5-flash-lite-low") is None


def test_text_protocols_follow_the_endpoint_table(cat):
    """§8.1: T1 all, T2 GPT+Claude (GPT without images), T3/T4 Gemini, T5 GPT only."""
    for m in cat.text_models:
        assert isinstance(m, TextModel)
        assert m.default_protocol in m.protocols
        assert Protocol.OPENAI in m.protocols and m.accepts_images(Protocol.OPENAI)
        if m.family == "gpt":
            assert set(m.protocols) == {Protocol.OPENAI, Protocol.ANTHROPIC, Protocol.RESPONSES}
            assert m.default_protocol is Protocol.OPENAI
            assert not m.accepts_images(Protocol.ANTHROPIC)
        elif m.family == "claude":
            assert set(m.protocols) == {Protocol.OPENAI, Protocol.ANTHROPIC}
            assert m.default_protocol is Protocol.ANTHROPIC
            assert m.accepts_images(Protocol.ANTHROPIC)
        else:
            assert set(m.protocols) == {Protocol.OPENAI, Protocol.GEMINI}
            assert m.default_protocol is Protocol.GEMINI
            assert m.accepts_images("gemini") and m.accepts_video("gemini")
            assert not m.accepts_video("openai")
        assert not m.accepts_images("no-such-protocol")
    assert {m.family for m in cat.text_models_for(Protocol.RESPONSES)} == {"gpt"}
    assert {m.family for m in cat.text_models_for(Protocol.GEMINI)} == {"gemini"}


def test_variant_suffixes_are_explained_for_tooltips(cat):
    for m in cat.text_models:
        assert m.variant_note and m.label
    assert "AWS" in cat.text_model("claude-sonnet-4-6-hc").variant_note
    assert "premium" in cat.text_model("gpt-5.4-hc").variant_note.lower()
    assert "low-cost" in cat.text_model("gemini-2.5-pro-low").variant_note.lower()
    assert cat.text_model("gpt-5.5-low").label != cat.text_model("gpt-5.5").label


def test_fields_have_what_a_form_needs(cat):
    for fam in cat.families.values():
        assert isinstance(fam, MediaFamily)
        for m in fam.models:
            specs = fam.fields_for(m.id)
            assert specs[0].name == "prompt" and specs[0].required and specs[0].multiline
            names = [s.name for s in specs]
            assert len(names) == len(set(names))
            for s in specs:
                assert isinstance(s, FieldSpec) and s.label and s.wire_name
                if s.kind == "choice":
                    assert s.choices and (s.default is None or s.default in s.choices)
                if s.kind == "url_list":
                    assert s.max_items, f"{m.id} {s.name} needs a max_items"


def test_catalog_package_imports_neither_qt_nor_httpx():
    code = ("import sys, globalai_desktop.catalog as c; c.load_catalog(); "
            "bad = [m for m in ('PySide6', 'httpx') if m in sys.modules]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_build_body_error_lists_every_issue(cat):
    fam = cat.family("sora")
    with pytest.raises(CatalogValidationError) as err:
        fam.build_body("openAiSora2Pro", {"prompt": "", "duration": 5})
    fields = {i.field for i in err.value.issues}
    assert fields == {"prompt", "duration"}
    assert "Prompt" in str(err.value) and "Duration" in str(err.value)
