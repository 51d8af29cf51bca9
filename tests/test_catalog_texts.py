"""The catalog's words as a person meets them: shown text is plain language (maintainers'
remarks stay in ``maintainer_note``), every shown text is collected for translation, and
validation sentences are templates that a translation can reorder."""

from __future__ import annotations

import json
import re
import string
from importlib import resources

import pytest

from globalai_desktop.catalog import load_catalog
from globalai_desktop.catalog.checks import MESSAGES
from globalai_desktop.catalog.texts import (Phrase, Shown, is_descriptive_label, render,
                                            shown_texts)

# Words that belong to the API contract or its maintainers, not to someone making a video.
JARGON = re.compile(r"safe choice|camelCase|\bdocs?\b|documented|contract|mirror|\bwire\b|"
                    r"third-party|totalTokens|officialMediaUrl|content\[\]|upstream|"
                    r"\broute\b|per call|inferred|sibling|asset://|\bURLs?\b|billed", re.I)
URL = "https://example.com/a.png"


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def builtin_data() -> dict:
    return json.loads(resources.files("globalai_desktop.catalog")
                      .joinpath("catalog.json").read_text(encoding="utf-8"))


def shown_of(cat):
    """(where, text) for everything a form, a notes box or a tooltip shows."""
    for fam in cat.families.values():
        for key in ("label", "note", "typical_wait", "cost_note"):
            yield f"{fam.id}.{key}", getattr(fam, key)
        for m in fam.models:
            for key in ("label", "note", "cost_note"):
                yield f"{fam.id}/{m.id}.{key}", getattr(m, key)
            for s in fam.fields_for(m.id):
                for key in ("label", "help", "note", "unit"):
                    yield f"{fam.id}/{m.id}/{s.name}.{key}", getattr(s, key) or ""
                for _v, label in s.choice_labels + s.special_values:
                    yield f"{fam.id}/{m.id}/{s.name}.choice", label
            for g in fam.exclusive_groups_for(m.id):
                yield f"{fam.id}/{m.id}/{g.name}", g.message
            for r in fam.rules_for(m.id):
                yield f"{fam.id}/{m.id}/{r.kind}", r.message
    for m in cat.text_models:
        yield f"{m.id}.variant_note", m.variant_note
        yield f"{m.id}.note", m.note


def test_shown_text_speaks_to_people_not_to_maintainers(cat):
    bad = [(where, text) for where, text in shown_of(cat) if JARGON.search(text)]
    assert bad == []


def test_maintainer_remarks_are_kept_for_maintainers(cat):
    seedance2 = cat.family("seedance2")
    assert "camelCase" in seedance2.maintainer_note and "totalTokens" in seedance2.maintainer_note
    assert seedance2.cost_note == "" and "Assets tab" in seedance2.note
    assert "safe choice" in cat.family("grok").maintainer_note
    assert "third-party" in cat.family("veo").field("veo_3_1_fast", "first_image").maintainer_note
    assert "one mirror" in cat.family("image2").model("gpt-image-2-r").maintainer_note
    assert "safe choice" in builtin_data()["maintainer_note"]


def test_cost_notes_are_about_cost_and_waits_are_durations(cat):
    for fam in cat.families.values():
        for text in [fam.cost_note] + [m.cost_note for m in fam.models]:
            assert not text or re.search(r"charged|priced|cost", text, re.I), (fam.id, text)
        assert not fam.typical_wait or "minute" in fam.typical_wait, fam.id
    assert cat.family("grok").model("grok_video3").cost_note == "Charged per second of video."
    assert cat.family("grok").model("grok_video3_pro").cost_note == "Charged per video."


def test_every_shown_text_is_collected_for_translation(cat):
    collected = set(shown_texts(builtin_data()))
    missing = []
    for where, text in shown_of(cat):
        name_label = where.endswith(".label") and where.count("/") < 2   # family or model
        if text and text not in collected and not (name_label and not is_descriptive_label(text)):
            missing.append((where, text))
    assert missing == []
    assert "Let the model choose (4-12 s)" in collected and "seconds" in collected
    assert "Original sound" in collected and "Adaptive" in collected
    assert "Happy Horse: text to video" in collected and "Nano Banana 2 (stable)" in collected
    # Product names stay as they are in every language.
    assert "Seedance 2.0" not in collected and "Nano Banana Pro" not in collected


def test_descriptive_labels():
    assert is_descriptive_label("VEO 3.1 Fast (stable)")
    assert is_descriptive_label("Happy Horse: video edit")
    for name in ("Seedance 2.0", "SD2 Manxue Video Fast 720p", "GPT Image 2 (R)", "Grok Video 3 Max"):
        assert not is_descriptive_label(name)


def test_an_extra_files_texts_are_collected_too():
    extra = {"families": [{"id": "kling", "label": "Kling", "note": "Smooth motion.",
                           "fields": [{"use": "prompt", "help": "Say what moves."}],
                           "models": [{"id": "kling-2", "label": "Kling 2 (beta)"}]}],
             "models": [{"family": "veo", "id": "veo_4", "note": "Newest."}]}
    assert shown_texts(extra) == ["Smooth motion.", "Say what moves.", "Kling 2 (beta)", "Newest."]


# --- sentences ------------------------------------------------------------------------------
BAD = [
    ("sora", "openAiSora2Pro", {"prompt": "x", "duration": 10}),
    ("sora", "openAiSora2Plus", {"prompt": "x", "aspect_ratio": "16:9", "size": "1280x720"}),
    ("seedance15", "seedance_1_5_pro_720p", {"prompt": "x", "duration": 3}),
    ("banana", "nano-banana-pro", {"prompt": "x", "reference_images": ["cat.jpg"]}),
    ("banana", "nano-banana-pro", {"prompt": "x", "reference_images": [URL] * 7}),
    ("banana", "nope", {"prompt": "x"}),
    ("veo", "veo_3_1_fast", {"prompt": "x", "last_image": URL}),
    ("videos", "videos", {"prompt": "x" * 1501}),
    ("starvideos", "starvideos_o3", {"prompt": "x", "reference_images": [URL] * 5,
                                     "reference_videos": ["https://e.com/v.mp4"]}),
    ("vidu", "viduq3-pro", {"prompt": "x", "duration": "five", "first_image": "data:,x"}),
    ("happyhorse_t2v", "happyhorse-1.0-t2v", {"prompt": "马" * 2501, "seed": -1}),
]


def fake_chinese(text: str) -> str:
    """A 'translation' that moves every placeholder to the front, as Chinese word order may."""
    names = [f for _, f, _, _ in string.Formatter().parse(text) if f]
    return "译" + "".join("{" + n + "}" for n in names) + "｜" + re.sub(r"\{[^{}]*\}", "", text)


@pytest.mark.parametrize("fid,mid,params", BAD, ids=[b[1] for b in BAD])
def test_every_problem_is_a_translatable_sentence(cat, fid, mid, params):
    issues = cat.family(fid).validate(mid, params)
    assert issues
    seen: list[str] = []
    for issue in issues:
        assert issue.phrase is not None and str(issue.phrase) == issue.message
        text = render(issue.phrase, lambda t: seen.append(t) or fake_chinese(t))
        assert "{" not in text and text.startswith("译")
    templates = set(MESSAGES.values())
    labels = {s.label for s in cat.family(fid).all_fields.values()}
    for t in seen:     # only templates, catalog texts and the list separator are translated
        assert t in templates or t in labels or t == ", " or t in shown_texts(builtin_data()), t


def test_a_field_label_is_translated_inside_the_sentence(cat):
    issue = cat.family("sora").validate("openAiSora2Pro", {"prompt": "x", "duration": 10})[0]
    words = {MESSAGES["choice_unit"]: "{field}必须为 {values} {unit}（{model}）",
             "Duration": "时长", "seconds": "秒", ", ": "、"}
    assert render(issue.phrase, lambda t: words.get(t, t)) == "时长必须为 4、8、12 秒（Sora 2 Pro）"
    assert issue.message == "Duration must be one of 4, 8, 12 seconds for Sora 2 Pro."
    # The server's own answer names the model by its id, in English.
    body = {"model": "openAiSora2Pro", "prompt": "x", "seconds": 10}
    assert "for openAiSora2Pro." in cat.family("sora").validate_body(body)[0].message


def test_templates_name_their_placeholders():
    for key, template in MESSAGES.items():
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        assert fields and all(f and f.isidentifier() for f in fields) or key == "not_object", key
    assert isinstance(Phrase("{a}", {"a": Shown("x")}).args["a"], Shown)
