"""config.load: the fixture configs load; every kind of mistake is one line naming the key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontline import config as cfg
from frontline.config import ConfigError, load, loads
from frontline.models import Settings

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """\
[sides.government]
actors = ["army"]
voices = ["state media"]

[sides.opposition]
actors = ["rebels"]

[independent]
voices = ["Observatory"]

[[cities]]
name = "Hama"
aliases = ["Hamah", "حماة"]
places = ["Muhrada"]

[[cities]]
name = "Aleppo"
aliases = ["Halab"]
places = ["Minian"]

[[feeds]]
name = "State"
url = "https://example.org/rss"
side = "government"

[[feeds]]
name = "Local"
url = "file:feeds/local.xml"
"""


def error_for(text: str, tmp_path: Path) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load(path)
    message = str(info.value)
    assert "\n" not in message, message
    assert str(path) in message
    return message


def test_fixture_configs_load(syria_config: Path, sudan_config: Path) -> None:
    syria = load(syria_config)
    assert [c.name for c in syria.cities][:2] == ["Hama", "Aleppo"]
    assert set(syria.sides) == {"government", "opposition"}
    assert "Observatory" in syria.independent
    nns = syria.feed("National News Syria")
    assert nns is not None and nns.side == "government"
    expected = (syria_config.parent / "feeds" / "nns.xml").resolve().as_uri()
    assert nns.url == expected
    assert syria.feed("Levant Conflict Monitor").side == "independent"
    assert syria.feed("Orontes Living").side is None
    sudan = load(sudan_config)
    assert set(sudan.sides) == {"saf", "rsf"}
    assert sudan.city("el fasher").aliases[0] == "Al-Fashir"


def test_minimal_config_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    conf = load(path)
    assert conf.path == path.resolve()
    assert conf.feed("Local").url == (tmp_path / "feeds" / "local.xml").as_uri()
    assert conf.feed("State").url == "https://example.org/rss"
    defaults = Settings()
    assert conf.settings.poll_interval == defaults.poll_interval
    assert conf.settings.database == cfg.default_db_path()
    assert conf.settings.alerts.bell is True
    assert conf.lexicon == {}


def test_settings_are_read(tmp_path: Path) -> None:
    text = MINIMAL + (
        '\n[settings]\npoll_interval = 120\nconflict_window_hours = 24\ndatabase = "d/x.db"\n'
        'languages = ["en", "ar"]\n\n[settings.alerts]\nbell = false\n'
        '\n[lexicon]\ncaptured = ["overran"]\n'
    )
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    conf = load(path)
    assert conf.settings.poll_interval == 120
    assert conf.settings.conflict_window_hours == 24.0
    assert conf.settings.database == (tmp_path / "d" / "x.db").resolve()
    assert conf.settings.languages == ("en", "ar")
    assert conf.settings.alerts.bell is False and conf.settings.alerts.conflicts is True
    assert conf.lexicon == {"captured": ["overran"]}


@pytest.mark.parametrize(
    ("edit", "key", "needle"),
    [
        (lambda t: t.replace('places = ["Muhrada"]', 'places = ["Muhrada"]\npopulation = 1'),
         "cities[0].population", "population = 1"),
        (lambda t: t.replace('aliases = ["Halab"]', 'aliases = "Halab"'),
         "cities[1].aliases", 'aliases = "Halab"'),
        (lambda t: t + '\n[[cities]]\nname = "Hama"\n', "cities[2].name", 'name = "Hama"'),
        (lambda t: t.replace('places = ["Minian"]', 'places = ["MUHRADA"]'),
         "cities[1].places", 'places = ["MUHRADA"]'),
        (lambda t: t.replace('aliases = ["Halab"]', 'aliases = ["HAMAH"]'),
         "cities[1].aliases", 'aliases = ["HAMAH"]'),
        (lambda t: t.replace('side = "government"', 'side = "rebels"'),
         "feeds[0].side", 'side = "rebels"'),
        (lambda t: t.replace('name = "Local"', 'name = "State"'), "feeds[1].name", 'name = "State"'),
        (lambda t: t.replace('actors = ["rebels"]', 'actors = ["rebels", 3]'),
         "sides.opposition.actors", "3]"),
        (lambda t: t + '\n[settings]\npoll_interval = "often"\n',
         "settings.poll_interval", '"often"'),
        (lambda t: t + "\n[settings.alerts]\nbell = 1\n", "settings.alerts.bell", "bell = 1"),
        (lambda t: t + "\ncolour = 1\n", "feeds[1].colour", "colour = 1"),
        (lambda t: t.replace("https://example.org/rss", "ftp://example.org/rss"),
         "feeds[0].url", "ftp://"),
        (lambda t: t.replace("[sides.opposition]", "[sides.independent]"),
         "sides.independent", "[sides.independent]"),
    ],
)  # fmt: skip
def test_each_mistake_is_one_line_naming_key_and_line(
    tmp_path: Path, edit, key: str, needle: str
) -> None:
    text = edit(MINIMAL)
    assert text != MINIMAL
    message = error_for(text, tmp_path)
    assert f": {key}:" in message, message
    line = int(message.split("config.toml:", 1)[1].split(":", 1)[0])
    assert needle in text.splitlines()[line - 1], message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    message = error_for("title = 'x'\n" + MINIMAL, tmp_path)
    assert "config.toml:1: title: unknown key" in message


def test_toml_syntax_error_names_line(tmp_path: Path) -> None:
    text = MINIMAL + "\n[[feeds]\n"
    message = error_for(text, tmp_path)
    assert f"config.toml:{len(text.splitlines())}: TOML syntax error" in message


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="is a directory"):
        load(tmp_path)
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'[[cities]]\nname = "Caf\xe9"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load(bad)


def test_missing_required_key(tmp_path: Path) -> None:
    message = error_for(MINIMAL.replace('url = "https://example.org/rss"\n', ""), tmp_path)
    assert "feeds[0]: missing required key 'url'" in message


def test_loads_names_the_given_path() -> None:
    with pytest.raises(ConfigError, match=r"^desk\.toml:1: "):
        loads("nonsense = 1\n", "desk.toml")


def test_repo_and_packaged_default_configs_load_and_agree() -> None:
    repo = load(ROOT / "config.toml")
    assert len(repo.feeds) >= 8
    assert {"government", "opposition"} <= set(repo.sides)
    sides = {f.side for f in repo.feeds}
    assert {"government", "opposition", "independent"} <= sides
    names = {c.name for c in repo.cities}
    assert {"Aleppo", "Hama", "Homs", "Idlib", "Damascus", "Daraa", "Raqqa"} <= names
    assert any(any("\u0600" <= ch <= "\u06ff" for a in c.aliases for ch in a) for c in repo.cities)
    assert cfg.PACKAGED_CONFIG.read_text(encoding="utf-8") == (ROOT / "config.toml").read_text(
        encoding="utf-8"
    )


def test_config_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(cfg.ENV_CONFIG, raising=False)
    monkeypatch.setattr(cfg, "user_config_path", lambda: tmp_path / "user" / "config.toml")
    assert cfg.default_config_path() == cfg.PACKAGED_CONFIG
    user = tmp_path / "user" / "config.toml"
    user.parent.mkdir()
    user.write_text(MINIMAL)
    assert cfg.default_config_path() == user
    (tmp_path / "config.toml").write_text(MINIMAL)
    assert cfg.default_config_path() == Path.cwd() / "config.toml"
    monkeypatch.setenv(cfg.ENV_CONFIG, os.fspath(tmp_path / "env.toml"))
    assert cfg.default_config_path() == tmp_path / "env.toml"
    assert cfg.default_config_path(tmp_path / "explicit.toml") == tmp_path / "explicit.toml"
