"""What the app and the memo show after a speaker's name."""

from __future__ import annotations

from briefing.speaker_label import role_parts


def test_an_unnamed_speaker_does_not_repeat_its_description():
    assert role_parts("A spokesman for Markvard", "spokesman", "Markvard") == []


def test_a_named_speaker_keeps_role_and_organisation():
    assert role_parts("Oskar Halvorsen", "Trade Minister", "Kestrian government") == [
        "Trade Minister", "Kestrian government"]
    # only the part the name already holds is left out
    assert role_parts("A spokesman for Markvard", "chief spokesman", "Markvard") == ["chief spokesman"]
