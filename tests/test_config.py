"""Configuration layers: command line > environment > user settings > administrator file >
built-in defaults, and an administrator's lock beats them all."""

from __future__ import annotations

import textwrap

import pytest

from globalai_desktop import paths
from globalai_desktop.storage.config import ConfigFileError, ConfigLayers, Layer, load_config_file
from globalai_desktop.storage.settings import Settings, SettingLockedError

ADMIN_TOML = textwrap.dedent("""
    locked = ["network.proxy_mode", "network.proxy_url"]

    [api]
    text_base_url = "https://admin-text.example.com/gw_llm_power"
    media_base_url = "https://admin-media.example.com/kyyReactApiServer"

    [network]
    proxy_mode = "custom"
    proxy_url = "http://proxy.corp.example:3128"
    read_timeout = 300

    [chat]
    default_model = "claude-sonnet-4-6"
""")


def write_admin(text: str = ADMIN_TOML):
    p = paths.system_config_file()
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def settings_with(*, cli=None, env=None, config_file=None) -> Settings:
    return Settings(layers=ConfigLayers.load(cli=cli, environ=env or {}, config_file=config_file))


def test_each_layer_wins_over_the_ones_below():
    write_admin()
    key = "api.text_base_url"

    s = settings_with()
    assert s.get("api.media_base_url") == "https://admin-media.example.com/kyyReactApiServer"
    assert (s.get(key), s.source(key)) == ("https://admin-text.example.com/gw_llm_power",
                                           Layer.ADMIN)
    assert s.get("network.connect_timeout") == 10.0          # nobody set it: built-in
    assert s.source("network.connect_timeout") is Layer.DEFAULT

    s.set(key, "https://user.example.com/gw_llm_power")
    s.close()
    s = settings_with()                                       # read back from disk
    assert (s.get(key), s.source(key)) == ("https://user.example.com/gw_llm_power", Layer.USER)

    s = settings_with(env={"GLOBALAIOPC_TEXT_BASE_URL": "https://env.example.com/gw_llm_power"})
    assert (s.get(key), s.source(key)) == ("https://env.example.com/gw_llm_power", Layer.ENV)

    s = settings_with(env={"GLOBALAIOPC_TEXT_BASE_URL": "https://env.example.com/gw_llm_power"},
                      cli={key: "http://127.0.0.1:9/gw_llm_power"})
    assert (s.get(key), s.source(key)) == ("http://127.0.0.1:9/gw_llm_power", Layer.CLI)


def test_locked_administrator_setting_beats_user_env_and_command_line():
    write_admin()
    s = settings_with(cli={"network.proxy_url": "http://evil.example:1"})
    assert s.is_locked("network.proxy_url") and s.is_locked("network.proxy_mode")
    assert not s.is_locked("api.text_base_url")
    assert s.get("network.proxy_url") == "http://proxy.corp.example:3128"
    assert s.source("network.proxy_url") is Layer.ADMIN
    with pytest.raises(SettingLockedError):
        s.set("network.proxy_mode", "none")
    assert s.get("network.proxy_mode") == "custom"
    s.set("network.proxy_mode", "custom")                     # same value: harmless no-op


def test_a_user_value_equal_to_the_default_is_not_pinned():
    """Choosing what the administrator already set must let the administrator's later
    change reach the user (nothing is copied into the user's file)."""
    write_admin()
    s = settings_with()
    s.set("network.read_timeout", 300)
    assert s.user_value("network.read_timeout") is None
    s.set("network.read_timeout", 45)
    assert s.get("network.read_timeout") == 45.0
    s.reset("network.read_timeout")
    assert s.get("network.read_timeout") == 300.0


def test_config_file_on_the_command_line_sits_below_explicit_flags(tmp_path):
    extra = tmp_path / "portable.toml"
    extra.write_text('locked = ["ui.theme"]\n[ui]\ntheme = "dark"\n'
                     '[api]\ntext_base_url = "https://file.example.com/gw_llm_power"\n')
    s = settings_with(config_file=extra,
                      cli={"api.text_base_url": "https://flag.example.com/gw_llm_power"})
    assert s.get("ui.theme") == "dark" and s.source("ui.theme") is Layer.CLI
    assert not s.is_locked("ui.theme")                        # only the admin file locks
    assert s.get("api.text_base_url") == "https://flag.example.com/gw_llm_power"


def test_missing_or_broken_config_file_on_the_command_line_is_an_error(tmp_path):
    with pytest.raises(ConfigFileError, match="no such file"):
        ConfigLayers.load(config_file=tmp_path / "nope.toml", environ={})
    bad = tmp_path / "bad.toml"
    bad.write_text("[api\n")
    with pytest.raises(ConfigFileError, match="not valid TOML"):
        ConfigLayers.load(config_file=bad, environ={})


def test_broken_admin_file_does_not_stop_the_app_and_bad_values_are_reported():
    write_admin("this is = = not toml")
    cfg = load_config_file(paths.system_config_file())
    assert cfg.error and "TOML" in cfg.error
    s = settings_with()
    assert s.get("api.text_base_url") == "http://apillm.globalaiopc.com/gw_llm_power"

    write_admin('locked = "ui.theme"\n[ui]\ntheme = "purple"\n[nonsense]\nx = 1\n')
    s = settings_with()
    assert s.get("ui.theme") == "system"
    assert not s.is_locked("ui.theme")
    assert any("ui.theme" in p for p in s.problems)
    assert any("nonsense.x" in p for p in s.problems)


def test_base_urls_from_the_environment_are_normalised():
    s = settings_with(env={"GLOBALAIOPC_MEDIA_BASE_URL": "https://Media.Example.com/"})
    assert s.get("api.media_base_url") == "https://media.example.com/kyyReactApiServer"


def test_the_readme_documents_every_setting_an_administrator_can_set():
    from pathlib import Path

    from globalai_desktop.storage.settings import SCHEMA

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Administrators: machine-wide configuration"):]
    missing = [s.key for s in SCHEMA if f"| `{s.key}` |" not in section]
    assert missing == []
    for p in ("/etc/globalai-desktop/config.toml", r"%PROGRAMDATA%\GlobalAI Desktop\config.toml",
              "/Library/Application Support/GlobalAI Desktop/config.toml"):
        assert p in section


def test_the_readme_example_file_is_accepted_as_written():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Administrators: machine-wide configuration"):]
    example = section.split("```toml", 1)[1].split("```", 1)[0]
    write_admin(example)
    s = settings_with()
    assert s.problems == []
    assert s.is_locked("network.proxy_url")
    assert s.get("network.proxy_url") == "http://proxy.example.com:3128"
    assert s.get("chat.default_model") == "claude-sonnet-4-6"
