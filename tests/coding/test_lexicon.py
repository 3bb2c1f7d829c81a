"""The coder's data files load as written: a word list given twice under one name is an error
that names the key and both lines, not a silent replacement."""
from __future__ import annotations

import io

import pytest

from communique.coding.lexicon import cues, load_unique


def test_the_shipped_cues_give_each_name_once():
    assert "having_verbs" in cues() and "holding_verbs" in cues()


def test_a_name_given_twice_is_refused_with_both_lines():
    text = "a: [x]\nb: [y]\na: [z]\n"
    with pytest.raises(ValueError, match=r"cues.yaml: key 'a' is given twice \(lines 1 and 3\); rename one"):
        load_unique(io.StringIO(text), "cues.yaml")


def test_nested_mappings_are_checked_too():
    with pytest.raises(ValueError, match="key 'q'"):
        load_unique(io.StringIO("outer:\n  q: 1\n  q: 2\n"), "cues.yaml")
