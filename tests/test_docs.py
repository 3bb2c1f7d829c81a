"""Docs that cannot drift: every setting and every command is documented in the README."""
from pathlib import Path

from communique import cli
from communique.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_setting_is_in_the_readme_table():
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in README, f"README lacks the setting {setting.name}"


def test_every_command_is_in_the_readme():
    sub = next(a for a in cli.parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"communique {name}" in README, f"README never shows `communique {name}`"
