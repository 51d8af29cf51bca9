"""The settings store: typed values, persistence, change notification, nothing lost."""

from __future__ import annotations

import json

import pytest

from globalai_desktop import paths
from globalai_desktop.storage.settings import FILE_NAME, SCHEMA, Settings, coerce, spec_for


def test_values_survive_a_restart_and_unknown_keys_are_kept():
    s = Settings()
    s.set("ui.theme", "dark")
    s.set("chat.send_shortcut", "enter")
    s.set_state("window.last_tab", 2)
    s.close()
    path = paths.config_dir() / FILE_NAME
    data = json.loads(path.read_text())
    data["values"]["future.setting"] = {"from": "a newer version"}
    path.write_text(json.dumps(data))

    s = Settings()
    assert s.get("ui.theme") == "dark"
    assert s.get("chat.send_shortcut") == "enter"
    assert s.state("window.last_tab") == 2
    s.set("ui.theme", "light")
    s.close()
    kept = json.loads(path.read_text())["values"]
    assert kept["future.setting"] == {"from": "a newer version"}
    assert kept["ui.theme"] == "light"


def test_bad_values_are_refused_and_leave_everything_as_it_was():
    s = Settings()
    s.set("network.read_timeout", 60)
    with pytest.raises(ValueError):
        s.update({"ui.theme": "dark", "network.read_timeout": "soon"})
    assert s.get("ui.theme") == "system"                     # the good half was not applied
    assert s.get("network.read_timeout") == 60.0
    with pytest.raises(ValueError, match="at most"):
        s.set("network.connect_timeout", 10_000)
    with pytest.raises(ValueError, match="http"):
        s.set("network.proxy_url", "proxy.example.com:3128")
    with pytest.raises(KeyError):
        s.set("no.such.key", 1)


def test_changed_fires_once_per_real_change_and_a_failing_listener_hurts_nobody():
    s = Settings()
    heard: list[tuple[str, object]] = []

    def broken(key, value):
        raise RuntimeError("listener bug")

    s.changed.connect(broken)
    s.changed.connect(lambda k, v: heard.append((k, v)))
    s.update({"ui.theme": "dark", "chat.send_shortcut": "ctrl+enter"})   # second is a no-op
    s.set("ui.theme", "dark")
    assert heard == [("ui.theme", "dark")]
    s.reset("ui.theme")
    assert heard[-1] == ("ui.theme", "system")


def test_unreadable_settings_file_is_kept_aside_not_overwritten():
    path = paths.config_dir() / FILE_NAME
    path.write_text("{ not json")
    s = Settings()
    assert s.get("ui.theme") == "system"
    assert (path.parent / (FILE_NAME + ".unreadable")).read_text() == "{ not json"
    assert any("could not be read" in p for p in s.problems)


def test_every_schema_default_is_valid_for_its_own_type():
    for spec in SCHEMA:
        assert coerce(spec, spec.default) == spec.default, spec.key
        assert spec.label and spec.group
    assert spec_for("chat.send_shortcut").choices


def test_the_api_key_has_no_place_in_the_schema():
    assert not [s.key for s in SCHEMA if "key" in s.key.split(".")[-1].lower()]
