"""Administrator/user catalog files: they replace and extend the built-in catalog, and a
broken file is reported with its name and the reason (the built-in catalog stays usable).
"""

from __future__ import annotations

import json

import pytest

from globalai_desktop.catalog import CatalogError, load_catalog
from globalai_desktop.domain.text import Protocol

NEW_FAMILY = {
    "id": "kling", "kind": "video", "label": "Kling", "path": "/v1/kling/videos",
    "poll_interval_s": 20, "min_poll_interval_s": 10, "result_field": "video_url",
    "fields": [
        {"use": "prompt", "max_chars": 200},
        {"use": "duration", "kind": "choice", "choices": [5, 10], "default": 5},
        {"use": "first_image"},
    ],
    "models": [{"id": "kling-2", "label": "Kling 2"}],
}


def write(tmp_path, name, data) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_extra_file_adds_a_family_that_works_like_a_built_in_one(tmp_path):
    cat = load_catalog([write(tmp_path, "admin.json", {"version": "site-7", "families": [NEW_FAMILY]})])
    fam = cat.family("kling")
    assert cat.family_for_path("/v1/kling/videos") is fam
    assert cat.family_for_model("kling-2") is fam
    assert cat.video_families()[-1] is fam
    assert "/v1/kling/videos" in cat.all_create_paths()
    assert cat.version == "2026.05-contract-1 + site-7"
    assert fam.build_body("kling-2", {"prompt": "a boat", "duration": "10"}) == {
        "model": "kling-2", "prompt": "a boat", "duration": 10}
    issues = fam.validate("kling-2", {"prompt": "x" * 201})
    assert issues[0].field == "prompt" and "200" in issues[0].message
    assert len(cat.families) == 19 and cat.family("veo").models   # built-ins untouched


def test_extra_file_replaces_a_family_with_the_same_id(tmp_path):
    luxvid = {**NEW_FAMILY, "id": "luxvid", "label": "LuxVid 2", "path": "/v1/luxvid-video/videos",
              "models": [{"id": "LuxVid_video_2", "label": "LuxVid 2"}]}
    cat = load_catalog([write(tmp_path, "admin.json", {"families": [luxvid]})])
    fam = cat.family("luxvid")
    assert fam.label == "LuxVid 2" and [m.id for m in fam.models] == ["LuxVid_video_2"]
    assert cat.family_for_model("LuxVid_video") is None
    assert cat.family_for_path("/v1/luxvid-video/videos") is fam
    assert [f.id for f in cat.video_families()][-1] == "luxvid"        # keeps its place


def test_extra_file_adds_and_replaces_single_models(tmp_path):
    extra = {"models": [
        {"family": "veo", "id": "veo_4_fast", "label": "VEO 4 Fast",
         "fields": {"resolution": {"choices": ["720p", "1080p", "4K", "8K"]}}},
        {"family": "grok", "id": "grok_video3_pro", "label": "Grok Pro (now with durations)",
         "fields": {"duration": {"kind": "choice", "choices": [10, 15], "minimum": None, "maximum": None}}},
    ]}
    cat = load_catalog([write(tmp_path, "user.json", extra)])
    veo = cat.family_for_model("veo_4_fast")
    assert veo.id == "veo"
    assert veo.build_body("veo_4_fast", {"prompt": "x", "resolution": "8k"})["resolution"] == "8K"
    grok = cat.family("grok")
    assert grok.model("grok_video3_pro").label == "Grok Pro (now with durations)"
    assert grok.field("grok_video3_pro", "duration").choices == (10, 15)
    assert [m.id for m in grok.models].count("grok_video3_pro") == 1


def test_extra_file_adds_and_replaces_text_models(tmp_path):
    extra = {"text_models": [
        {"base": "gpt-5.6", "family": "gpt", "label": "GPT-5.6", "variants": ["", "low"]},
        {"id": "gpt-5.4-low", "family": "gpt", "base": "gpt-5.4", "variant": "low",
         "full_label": "GPT-5.4 budget", "protocols": ["openai"], "default_protocol": "openai"},
    ]}
    cat = load_catalog([write(tmp_path, "user.json", extra)])
    assert cat.text_model("gpt-5.6-low").family == "gpt"
    assert cat.text_model("gpt-5.6").accepts_images(Protocol.OPENAI)
    replaced = cat.text_model("gpt-5.4-low")
    assert replaced.label == "GPT-5.4 budget" and replaced.protocols == (Protocol.OPENAI,)
    assert len(cat.text_models) == 47


def test_later_files_win(tmp_path):
    first = write(tmp_path, "a.json", {"families": [NEW_FAMILY]})
    second = write(tmp_path, "b.json", {"families": [{**NEW_FAMILY, "label": "Kling (site)"}]})
    cat = load_catalog([first, second])
    assert cat.family("kling").label == "Kling (site)"
    assert cat.sources == ("catalog.json", first, second)


BROKEN = [
    ("not json", "{ families: [", ["not valid JSON", "line 1"]),
    ("top-level list", "[]", ["JSON object"]),
    ("unknown kind", {"families": [{**NEW_FAMILY, "fields": [{"use": "prompt"},
                      {"name": "when", "wire_name": "when", "label": "When", "kind": "date"}]}]},
     ["family 'kling'", "unknown field kind 'date'"]),
    ("unknown template", {"families": [{**NEW_FAMILY, "fields": [{"use": "promt"}]}]},
     ["unknown field template 'promt'"]),
    ("no models", {"families": [{**NEW_FAMILY, "models": []}]}, ["non-empty 'models'"]),
    ("missing path", {"families": [{k: v for k, v in NEW_FAMILY.items() if k != "path"}]}, ["'path'"]),
    ("model of unknown family", {"models": [{"family": "kling", "id": "kling-3"}]},
     ["unknown family 'kling'"]),
    ("model id used twice", {"models": [{"family": "grok", "id": "veo_3_1_fast"}]},
     ["'veo_3_1_fast'", "'veo'", "'grok'"]),
    ("bad default", {"models": [{"family": "veo", "id": "veo_x", "fields": {"resolution": {"default": "8K"}}}]},
     ["veo_x", "default values", "Resolution"]),
    ("override of unknown field", {"models": [{"family": "veo", "id": "veo_x", "fields": {"fps": None}}]},
     ["veo_x", "unknown field(s) fps"]),
    ("bad rule", {"families": [{**NEW_FAMILY, "rules": [{"kind": "sometimes", "fields": ["prompt"], "message": "?"}]}]},
     ["unknown rule kind 'sometimes'"]),
    ("unknown text family", {"text_models": [{"base": "llama-5", "family": "llama"}]},
     ["llama-5", "unknown text family 'llama'"]),
    ("unknown protocol", {"text_models": [{"id": "gpt-x", "family": "gpt", "protocols": ["grpc"]}]},
     ["gpt-x", "grpc"]),
    ("poll interval not a number", {"families": [{**NEW_FAMILY, "poll_interval_s": "often"}]},
     ["family 'kling'", "malformed"]),
]


@pytest.mark.parametrize("case,content,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_extra_file_names_the_file_and_the_reason(tmp_path, case, content, words):
    path = write(tmp_path, "site-catalog.json", content)
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    text = str(err.value)
    assert "site-catalog.json" in text and err.value.source == path
    for word in words:
        assert word in text, (word, text)
    assert load_catalog().family("veo")           # the built-in catalog still loads


def test_missing_extra_file(tmp_path):
    with pytest.raises(CatalogError) as err:
        load_catalog([tmp_path / "nope.json"])
    assert "nope.json" in str(err.value) and "not found" in str(err.value)


def test_blame_goes_to_the_broken_file_not_the_last_one(tmp_path):
    good = write(tmp_path, "good.json", {"families": [NEW_FAMILY]})
    bad = write(tmp_path, "bad.json", {"text_models": [{"base": "x", "family": "nope"}]})
    with pytest.raises(CatalogError) as err:
        load_catalog([bad, good])
    assert err.value.source == bad


def test_extra_file_can_change_one_text_family_setting(tmp_path):
    extra = {"text": {"families": {"gpt": {"image_protocols": ["openai", "responses"]}}}}
    cat = load_catalog([write(tmp_path, "site.json", extra)])
    m = cat.text_model("gpt-5.5-hc")
    assert m.accepts_images(Protocol.RESPONSES) and not m.accepts_images(Protocol.ANTHROPIC)
    assert m.default_protocol is Protocol.OPENAI          # the rest of the family is kept
    assert not load_catalog().text_model("gpt-5.5-hc").accepts_images(Protocol.RESPONSES)


def test_the_example_in_the_catalog_readme_loads(tmp_path):
    from pathlib import Path

    import globalai_desktop.catalog as pkg

    readme = (Path(pkg.__file__).parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```json", 1)[1].split("```", 1)[0]
    cat = load_catalog([write(tmp_path, "site.json", example)])
    assert cat.family_for_model("kling-2").id == "kling"
    assert cat.family_for_model("veo_4_fast").id == "veo"
    assert cat.text_model("gpt-5.6-low") is not None
