"""The installed command as a person (or a packaging check) runs it: a fresh profile,
``--demo --quit-after-startup`` exits 0; a bad command line says what is wrong."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from globalai_desktop.app import parse_args


def run_app(tmp_path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLOBALAIOPC_")}
    env.update(QT_QPA_PLATFORM="offscreen",
               GLOBALAI_DESKTOP_CONFIG_DIR=str(tmp_path / "fresh" / "config"),
               GLOBALAI_DESKTOP_DATA_DIR=str(tmp_path / "fresh" / "data"),
               GLOBALAI_DESKTOP_SYSTEM_CONFIG=str(tmp_path / "fresh" / "no-admin.toml"))
    return subprocess.run([sys.executable, "-m", "globalai_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_demo_quit_after_startup_exits_0_on_a_fresh_profile(tmp_path):
    proc = run_app(tmp_path, "--demo", "--quit-after-startup")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "startup_ms=" in proc.stdout
    print(proc.stdout.strip())                       # the start-up time, for the record
    log = (tmp_path / "fresh" / "data" / "logs" / "globalai-desktop.log").read_text()
    assert "demo simulator listening" in log and "exit code 0" in log
    assert (tmp_path / "fresh" / "config" / "settings.json").is_file()   # window state kept


def test_missing_config_file_is_a_usage_error(tmp_path):
    proc = run_app(tmp_path, "--config", str(tmp_path / "nope.toml"), "--quit-after-startup")
    assert proc.returncode == 2
    assert "no such file" in proc.stderr


def test_bad_base_url_on_the_command_line_is_refused():
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--text-base-url", "ftp://example.com"])
    assert exit_info.value.code == 2


def test_command_line_flags_become_the_top_settings_layer(tmp_path):
    options, level = parse_args(["--demo", "--media-base-url", "media.example.com",
                                 "--config", str(tmp_path / "x.toml"), "--log-level", "debug"])
    assert options.demo and level == "debug"
    assert options.config_file == tmp_path / "x.toml"
    assert options.cli_settings == {
        "api.media_base_url": "https://media.example.com/kyyReactApiServer"}
